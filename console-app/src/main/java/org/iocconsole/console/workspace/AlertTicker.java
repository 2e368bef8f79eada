package org.iocconsole.console.workspace;

import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.alert.Severity;

/**
 * The band along the bottom of a wall screen with the latest alerts, newest first, scrolling left without end; it
 * holds still while the pointer is over it. The alerts only change the text; where the text stands each frame is
 * {@link TickerMotion}'s, so a burst of alerts costs one new text, never a stutter. Runs its animation only while its
 * window shows. FX thread only.
 */
public final class AlertTicker extends HBox {
    /** How fast the text moves, in widths of a capital letter (about the font size) per second. */
    static final double EMS_PER_SECOND = 4;

    private static final String SEPARATOR = "   •   ";
    private static final double GAP_EMS = 4;
    private static final PseudoClass CRITICAL = PseudoClass.getPseudoClass("critical");

    private final Label first = new Label();
    private final Label second = new Label();
    private final Pane band = new Pane(first, second);
    private final TickerMotion motion;
    private final LongSupplier nanos;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // The injected time, not the pulse's: the same clock as restarts and pauses (a test's virtual one).
            place(nanos.getAsLong());
        }
    };

    public AlertTicker(AlertFeed feed, I18n i18n) {
        this(feed, i18n, System::nanoTime);
    }

    /** @param nanos the time for restarts and pauses, on the animation timer's scale */
    AlertTicker(AlertFeed feed, I18n i18n, LongSupplier nanos) {
        this.nanos = nanos;
        getStyleClass().add("wall-ticker");
        Label title = new Label();
        title.textProperty().bind(i18n.text("wall.ticker.title"));
        title.getStyleClass().add("wall-ticker-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        first.setId("wall-ticker-items");
        for (Label copy : new Label[] {first, second}) {
            copy.getStyleClass().add("wall-ticker-items");
            copy.setMinWidth(Label.USE_PREF_SIZE);
        }
        second.textProperty().bind(first.textProperty());
        band.getStyleClass().add("wall-ticker-band");
        band.setMinWidth(0);
        band.prefHeightProperty().bind(first.heightProperty());
        HBox.setHgrow(band, Priority.ALWAYS);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(band.widthProperty());
        clip.heightProperty().bind(band.heightProperty());
        band.setClip(clip);
        // Measured in ems, so the text moves as many letters a second on a 4K wall as on a laptop.
        motion = new TickerMotion(EMS_PER_SECOND);
        InvalidationListener update = o -> {
            first.setText(
                    feed.latest().isEmpty()
                            ? i18n.get("wall.ticker.none")
                            : feed.latest().stream()
                                    .map(alert -> AlertTexts.line(i18n, alert))
                                    .collect(Collectors.joining(SEPARATOR)));
            boolean critical = feed.latest().stream().anyMatch(alert -> alert.severity() == Severity.CRITICAL);
            for (Label copy : new Label[] {first, second}) {
                copy.pseudoClassStateChanged(CRITICAL, critical);
            }
            restart();
        };
        feed.latest().addListener(update);
        i18n.languageProperty().addListener(update);
        first.widthProperty().addListener(o -> restart());
        band.widthProperty().addListener(o -> motion.resize(band.getWidth() / em()));
        hoverProperty().subscribe(over -> {
            if (over) {
                motion.pause(nanos.getAsLong());
            } else {
                motion.resume(nanos.getAsLong());
            }
        });
        ObservableValue<Boolean> showing = sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
        showing.subscribe(shown -> {
            if (shown) {
                frames.start();
            } else {
                frames.stop();
            }
        });
        update.invalidated(null);
        getChildren().addAll(title, band);
    }

    /** Where the text stands now: its motion, for tests. */
    TickerMotion motion() {
        return motion;
    }

    /** Moves the two copies of the text to where the motion says they stand at {@code now}. */
    void place(long now) {
        double em = em();
        double x = motion.offsetAt(now) * em;
        first.setTranslateX(x);
        second.setTranslateX(x + motion.turn() * em);
    }

    private void restart() {
        double em = em();
        motion.resize(band.getWidth() / em);
        motion.restart(first.getWidth() / em, GAP_EMS, nanos.getAsLong());
        place(nanos.getAsLong());
    }

    private double em() {
        return Math.max(1, first.getFont().getSize());
    }
}
