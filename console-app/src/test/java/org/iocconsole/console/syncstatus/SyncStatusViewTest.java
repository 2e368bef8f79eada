package org.iocconsole.console.syncstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.FakeSyncControl;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.sync.engine.SourceSummary;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.outbox.OutboxCounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Wiring of the Data & Sync view: buttons reach the commands, Cancel follows the selected source's run. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SyncStatusViewTest {
    private static final Instant T0 = Instant.parse("2026-11-22T03:32:00Z");
    private static final SourceSummary REPORTS = new SourceSummary(
            "reports", Contract.OPEN311, "https://ioc.example.gov.vn/open311/v2/", false, Duration.ofMinutes(5));
    private static final SourceSummary CAMERAS = new SourceSummary(
            "cameras", Contract.CAMERAS, "https://ioc.example.gov.vn/api/v1/", false, Duration.ofMinutes(5));

    private final FakeSyncControl control = new FakeSyncControl(List.of(REPORTS, CAMERAS));
    private SyncStatusViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new SyncStatusViewModel(
                control,
                List::of,
                () -> new OutboxCounts(3, 1, 2),
                new MutableClock(T0, ZoneId.of("Asia/Ho_Chi_Minh")),
                Duration.ofHours(2),
                false,
                Runnable::run,
                Runnable::run,
                Runnable::run);
        vm.start();
        SyncStatusView view = new SyncStatusView(vm, new I18n(Language.VI), ZoneId.of("Asia/Ho_Chi_Minh"));
        stage.setScene(new Scene(view.root(), 1200, 600));
        stage.show();
    }

    private static void report(SyncStatusViewModel vm, SyncPhase phase, long done, long total, int second) {
        vm.onProgress(new SyncProgress("reports", Contract.OPEN311, phase, done, total, null, T0.plusSeconds(second)));
    }

    @Test
    void syncAllCallsTheCommand(FxRobot robot) {
        robot.clickOn("#sync-all-button");

        assertThat(control.commands()).containsExactly("syncAllNow");
    }

    @Test
    void syncNowRunsTheSelectedSource(FxRobot robot) {
        assertThat(robot.lookup("#sync-now-button").queryAs(Button.class).isDisabled())
                .isTrue();

        robot.clickOn("cameras");
        robot.clickOn("#sync-now-button");

        assertThat(control.commands()).containsExactly("syncNow cameras");
    }

    @Test
    void cancelIsEnabledOnlyWhileTheSelectedSourceRuns(FxRobot robot) {
        Button cancel = robot.lookup("#sync-cancel-button").queryAs(Button.class);
        robot.clickOn("reports");
        assertThat(cancel.isDisabled()).isTrue();

        robot.interact(() -> report(vm, SyncPhase.FETCHING, 250, 500, 1));
        assertThat(cancel.isDisabled()).isFalse();
        assertThat(robot.lookup(".progress-bar").queryAs(ProgressBar.class).getProgress())
                .isEqualTo(0.5);
        robot.clickOn(cancel);
        assertThat(control.commands()).containsExactly("cancel reports");

        robot.interact(() -> report(vm, SyncPhase.CANCELLED, 250, 500, 2));
        assertThat(cancel.isDisabled()).isTrue();
    }

    @Test
    void showsTheOutboxCounts(FxRobot robot) {
        assertThat(robot.lookup("#sync-outbox").queryLabeled().getText())
                .isEqualTo("Hàng đợi gửi: 3 chờ · 1 xung đột · 2 bị từ chối");
    }
}
