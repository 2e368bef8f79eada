package org.iocconsole.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.FakeReadModels;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.sync.cache.ReportSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Wiring of the reports view: the table shows the view model's rows, translated, and selects in it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReportsViewTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ReportSummary NEWER = new ReportSummary(
            "TN-2026-000124",
            Instant.parse("2026-11-22T03:00:00Z"),
            "Vệ sinh môi trường",
            null,
            "received",
            "normal",
            null,
            Instant.parse("2026-11-25T03:00:00Z"),
            true);

    private ReportsViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new ReportsViewModel(
                limit -> List.of(NEWER, FakeReadModels.REPORT),
                new SimpleObjectProperty<>(DataFreshness.NONE),
                new MutableClock(Instant.parse("2026-11-22T03:32:00Z"), VIETNAM),
                Runnable::run,
                Runnable::run);
        vm.start();
        ReportsView view = new ReportsView(vm, new I18n(Language.VI), VIETNAM);
        stage.setScene(new Scene(view.root(), 1280, 700));
        stage.show();
    }

    @Test
    void theTableShowsTheReports(FxRobot robot) {
        TableView<?> table = robot.lookup("#reports-table").queryAs(TableView.class);

        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup("TN-2026-000123").tryQuery()).isPresent();
        assertThat(robot.lookup("Đang xử lý").tryQuery()).isPresent();
        assertThat(robot.lookup("Khẩn cấp").tryQuery()).isPresent();
        assertThat(robot.lookup("09:00 22/11/2026").tryQuery())
                .as("due, in Vietnam's time")
                .isPresent();
        assertThat(robot.lookup(".reports-overdue").queryAll()).hasSize(1);
        assertThat(robot.lookup("#reports-summary").queryLabeled().getText())
                .isEqualTo("2 phản ánh mới nhất · 1 quá hạn");
    }

    @Test
    void clickingARowSelectsTheReport(FxRobot robot) {
        robot.clickOn("TN-2026-000123");

        assertThat(vm.selectedProperty().get().id()).isEqualTo("TN-2026-000123");
    }
}
