package org.iocconsole.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.console.testing.TestQueues;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.outbox.OutboxEntry;
import org.iocconsole.sync.outbox.OutboxRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard triage on the real view over a real cache: select, acknowledge, set priority, search, back. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReportQueueViewTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    @TempDir
    static Path dir;

    private SampleCache cache;
    private ReportQueueViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        cache = new SampleCache(java.nio.file.Files.createTempDirectory(dir, "cache"));
        CitizenReport flooding = new CitizenReport(
                "TN-2026-000125",
                CitizenReport.OpenStatus.OPEN,
                null,
                "Ngập úng, thoát nước",
                "flooding",
                "<script>alert('x')</script> Ngập sâu ở ngã tư Đồng Quang",
                null,
                null,
                NOW.minus(Duration.ofHours(2)),
                NOW.minus(Duration.ofHours(2)),
                NOW.minus(Duration.ofHours(1)),
                "Ngã tư Đồng Quang",
                null,
                null,
                null,
                null,
                null,
                "normal",
                "received",
                "05443",
                "app",
                null,
                List.of());
        cache.write(
                Contract.OPEN311,
                List.of(
                        SampleCache.report(
                                "TN-2026-000124",
                                "received",
                                NOW.minus(Duration.ofHours(1)),
                                NOW.plus(Duration.ofDays(2))),
                        flooding));
        MutableClock clock = new MutableClock(NOW, VIETNAM);
        vm = new ReportQueueViewModel(
                TestQueues.over(cache.database(), clock, dir.resolve("media")),
                new SimpleObjectProperty<>(DataFreshness.NONE),
                clock,
                Runnable::run,
                Runnable::run);
        vm.start();
        ReportQueueView view = new ReportQueueView(
                vm,
                new I18n(Language.VI),
                VIETNAM,
                url -> {
                    throw new java.io.IOException("offline");
                },
                Runnable::run,
                Runnable::run);
        stage.setScene(new Scene(view.root(), 1280, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void triageByKeyboard(FxRobot robot) {
        TableView<?> table = robot.lookup("#reports-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);

        robot.interact(table::requestFocus);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get().id()).isEqualTo("TN-2026-000124");
        assertThat(robot.lookup("#reports-detail-title").queryAs(Label.class).getText())
                .startsWith("TN-2026-000124");

        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();

        List<OutboxEntry> queued = new OutboxRepository(cache.database()).pending();
        assertThat(queued).extracting(OutboxEntry::kind).containsExactly("report.acknowledge", "report.set_priority");
        assertThat(vm.getItems().get(0).getRow().priority()).isEqualTo("urgent");
        assertThat(robot.lookup("#reports-notice").queryAs(Label.class).getText())
                .contains("TN-2026-000124");

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reports-detail-description")
                        .queryAs(TextArea.class)
                        .getText())
                .as("markup shown as text")
                .startsWith("<script>alert('x')</script>");
        assertThat(robot.lookup("#reports-detail-sla").queryAs(Label.class).getStyleClass())
                .contains("reports-sla-overdue");

        robot.type(KeyCode.SLASH);
        robot.write("dong quang");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        assertThat(vm.getItems().get(0).id()).isEqualTo("TN-2026-000125");

        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new OutboxRepository(cache.database()).pending()).hasSize(3);
    }
}
