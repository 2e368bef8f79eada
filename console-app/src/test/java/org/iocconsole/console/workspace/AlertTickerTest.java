package org.iocconsole.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertKind;
import org.iocconsole.sync.alert.AlertState;
import org.iocconsole.sync.alert.Severity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The ticker on a real stage, moved by a virtual clock of nanoseconds: new alerts, scrolling, the pointer over it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AlertTickerTest {
    private static final long SECOND = 1_000_000_000L;
    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    private final AtomicLong nanos = new AtomicLong(1_000 * SECOND);
    private final AlertFeed feed = new AlertFeed();
    private AlertTicker ticker;

    @Start
    void start(Stage stage) {
        ticker = new AlertTicker(feed, new I18n(Language.EN), nanos::get);
        BorderPane root = new BorderPane();
        root.setBottom(ticker);
        stage.setScene(new Scene(root, 600, 200));
        stage.show();
    }

    private static Alert alert(String id, Severity severity) {
        return new Alert(
                id, "rule", AlertKind.OVERDUE_REPORTS, "", severity, 5.0, 3.0, AlertState.OPEN, NOW, NOW, null, null);
    }

    private Label items(FxRobot robot) {
        return robot.lookup("#wall-ticker-items").queryAs(Label.class);
    }

    @Test
    void theLatestAlertsScrollLeftAndStartAgainWhenNewOnesArrive(FxRobot robot) {
        assertThat(items(robot).getText()).isEqualTo("No alert");

        robot.interact(() -> feed.raised(List.of(alert("a", Severity.WARNING))));
        robot.interact(() -> ticker.place(nanos.get()));
        assertThat(items(robot).getText()).isEqualTo("Warning: Citizen reports overdue");
        assertThat(items(robot).getTranslateX()).isZero();

        nanos.addAndGet(2 * SECOND);
        robot.interact(() -> ticker.place(nanos.get()));
        double em = items(robot).getFont().getSize();
        assertThat(items(robot).getTranslateX()).isCloseTo(-2 * AlertTicker.EMS_PER_SECOND * em, offset(0.01));

        robot.interact(() -> feed.raised(List.of(alert("b", Severity.CRITICAL))));
        robot.interact(() -> ticker.place(nanos.get()));
        assertThat(items(robot).getText()).startsWith("Critical: Citizen reports overdue");
        assertThat(items(robot).getPseudoClassStates())
                .extracting(Object::toString)
                .contains("critical");
        assertThat(items(robot).getTranslateX()).isZero();
    }

    @Test
    void thePointerOverTheTickerHoldsItStill(FxRobot robot) {
        robot.interact(() -> feed.raised(List.of(alert("a", Severity.WARNING))));
        robot.moveTo(ticker);
        assertThat(ticker.motion().paused()).isTrue();
        double held = ticker.motion().offsetAt(nanos.get());
        nanos.addAndGet(10 * SECOND);
        assertThat(ticker.motion().offsetAt(nanos.get())).isEqualTo(held);

        robot.moveTo(ticker.getScene().getRoot());
        assertThat(ticker.motion().paused()).isFalse();
    }
}
