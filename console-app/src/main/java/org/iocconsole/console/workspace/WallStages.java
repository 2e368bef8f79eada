package org.iocconsole.console.workspace;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.Placement;
import org.iocconsole.console.workspace.layout.Rotation;
import org.iocconsole.console.workspace.layout.ScreenPlan;
import org.iocconsole.console.workspace.layout.WorkspaceLayout;

/**
 * The operators' wall: one undecorated stage covering each monitor the layout uses, showing its view or rotating
 * through its views. When the monitors change it plans again at once, so the views of an unplugged monitor move to a
 * remaining one and go back when it returns. Rotations follow the injected clock ({@link #tick()} once a second); a
 * critical alert pre-empts the first screen for a while. In kiosk mode a stage closes only when the role may leave the
 * kiosk. Each view is built once and moves between stages. FX thread only.
 */
public final class WallStages {
    private final WorkspaceLayout layout;
    private final Clock clock;
    private final ScreenFactory views;
    private final Supplier<List<DisplayArea>> monitors;
    private final BooleanSupplier mayLeaveKiosk;
    private final Supplier<Parent> decorate;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final List<WallStage> stages = new ArrayList<>();
    private final Timeline ticking = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> tick()));
    private boolean closing;

    /**
     * @param monitors the monitors there are now
     * @param mayLeaveKiosk asked when a stage is about to close: true lets the wall close
     * @param decorate makes the frame each stage shows its view in (with a DEMO mark and a ticker, say); its first
     *     {@link StackPane} child found by id {@value #CONTENT_ID} receives the view, or the frame itself when it is a
     *     StackPane
     */
    public WallStages(
            WorkspaceLayout layout,
            Clock clock,
            ScreenFactory views,
            Supplier<List<DisplayArea>> monitors,
            BooleanSupplier mayLeaveKiosk,
            Supplier<Parent> decorate) {
        this.layout = layout;
        this.clock = clock;
        this.views = views;
        this.monitors = monitors;
        this.mayLeaveKiosk = mayLeaveKiosk;
        this.decorate = decorate;
    }

    /** Where the view goes inside the frame. */
    public static final String CONTENT_ID = "wall-content";

    /** Plans for the monitors there are and shows or moves the stages. Call again whenever the monitors change. */
    public void replan() {
        List<Placement> plan = ScreenPlan.assign(monitors.get(), layout);
        while (stages.size() > plan.size()) {
            stages.remove(stages.size() - 1).close();
        }
        for (int i = 0; i < plan.size(); i++) {
            if (i == stages.size()) {
                stages.add(new WallStage());
            }
            stages.get(i).show(plan.get(i));
        }
    }

    /** Moves the rotations on once a second from now on, until {@link #close()}. */
    public void startTicking() {
        ticking.setCycleCount(Animation.INDEFINITE);
        ticking.play();
    }

    /** Moves the rotations on to what the clock says. */
    public void tick() {
        stages.forEach(WallStage::tick);
    }

    /** Shows {@code view} on the first screen for {@code length}, then returns to its rotation. */
    public void preempt(Screen view, Duration length) {
        if (!stages.isEmpty()) {
            stages.get(0).rotation.preempt(view, clock.instant().plus(length));
            stages.get(0).tick();
        }
    }

    /** What each stage shows now, in plan order: for tests and the layout editor. */
    public List<Screen> showing() {
        return stages.stream().map(stage -> stage.current).toList();
    }

    /** Every stage's rotation, in plan order. */
    public List<List<Screen>> playlists() {
        return stages.stream().map(stage -> stage.rotation.playlist()).toList();
    }

    /** The stages, in plan order. */
    public List<Stage> stages() {
        return stages.stream().map(stage -> stage.stage).toList();
    }

    /** Closes every stage, whatever the kiosk says: the console is stopping. */
    public void close() {
        ticking.stop();
        closing = true;
        stages.forEach(WallStage::close);
        stages.clear();
    }

    private Node view(Screen screen) {
        return built.computeIfAbsent(screen, views::create);
    }

    private final class WallStage {
        private final Stage stage = new Stage(StageStyle.UNDECORATED);
        private final StackPane content;
        private Rotation rotation;
        private Screen current;

        WallStage() {
            Parent frame = decorate.get();
            Node found = frame.lookup("#" + CONTENT_ID);
            content = found instanceof StackPane pane ? pane : (StackPane) frame;
            stage.setScene(new Scene(frame));
            stage.setOnCloseRequest(event -> {
                if (!closing && !mayLeaveKiosk.getAsBoolean()) {
                    event.consume();
                }
            });
        }

        void show(Placement placement) {
            DisplayArea area = placement.display();
            stage.setX(area.x());
            stage.setY(area.y());
            stage.setWidth(area.width());
            stage.setHeight(area.height());
            if (rotation == null || !rotation.playlist().equals(placement.views())) {
                rotation = new Rotation(placement.views(), placement.dwellSeconds(), clock.instant());
            }
            tick();
            stage.show();
        }

        void tick() {
            Screen due = rotation.at(clock.instant());
            if (due != current || content.getChildren().isEmpty()) {
                display(due);
            }
        }

        private void display(Screen screen) {
            current = screen;
            content.getChildren().setAll(view(screen));
        }

        void close() {
            content.getChildren().clear();
            stage.hide();
        }
    }
}
