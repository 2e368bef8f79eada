package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.MutableClock;
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

/** A new alert shows as a toast with its severity and text, and closes on demand. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AlertToastsViewTest {
    private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");
    private final AtomicInteger played = new AtomicInteger();
    private AlertNotifications notifications;

    @Start
    void start(Stage stage) {
        MutableClock clock = new MutableClock(T0, ZoneId.of("Asia/Ho_Chi_Minh"));
        notifications = new AlertNotifications(played::incrementAndGet, clock, true, on -> {});
        I18n i18n = new I18n(Language.VI);
        AlertToasts toasts = new AlertToasts(notifications, i18n, new TileTexts(i18n, clock.getZone()));
        stage.setScene(new Scene(toasts.root(), 500, 300));
        stage.show();
    }

    @Test
    void aCriticalAlertShowsFirstAndClosesOnDemand(FxRobot robot) {
        assertThat(robot.lookup(".alert-toast").queryAll()).isEmpty();

        robot.interact(() -> notifications.raised(List.of(
                new Alert(
                        "w",
                        "r",
                        AlertKind.CAMERAS_OFFLINE_SHARE,
                        null,
                        Severity.WARNING,
                        12.0,
                        10.0,
                        AlertState.OPEN,
                        T0,
                        T0,
                        null,
                        null),
                new Alert(
                        "c",
                        "r",
                        AlertKind.OVERDUE_REPORTS,
                        null,
                        Severity.CRITICAL,
                        230.0,
                        200.0,
                        AlertState.OPEN,
                        T0,
                        T0,
                        null,
                        null))));

        assertThat(robot.lookup("#alert-toast-0").query().getStyleClass()).contains("alert-toast-critical");
        assertThat(robot.lookup("#alert-toast-0 .alert-toast-text")
                        .queryAs(Label.class)
                        .getText())
                .contains("230");
        assertThat(played).hasValue(1);

        robot.clickOn("#alert-toast-0 .alert-toast-close");

        assertThat(robot.lookup(".alert-toast").queryAll()).hasSize(1);
        assertThat(robot.lookup("#alert-toast-0").query().getStyleClass()).contains("alert-toast-warning");
    }
}
