package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.dashboard.DashboardItem;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.DashboardStore;
import org.iocconsole.sync.dashboard.Widget;
import org.iocconsole.sync.kpi.KpiQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The composition screen: a user names a dashboard, adds and places cells, and saves it for a role. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DashboardComposerViewTest {
    private SampleCache cache;
    private DashboardStore store;

    @Start
    void start(Stage stage) throws Exception {
        cache = new SampleCache(Files.createTempDirectory("composer-view"));
        KpiFixture.fill(cache);
        store = new DashboardStore(cache.database(), new ObjectMapper());
        DashboardComposerViewModel vm = new DashboardComposerViewModel(
                store,
                new KpiQueries(cache.database())::catalog,
                new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh")),
                "tester",
                Runnable::run,
                Runnable::run);
        vm.start();
        stage.setScene(new Scene(new DashboardComposerView(vm, new I18n(Language.VI)).root(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void composingPlacingAndSavingADashboardForARole(FxRobot robot) {
        robot.clickOn("#compose-save");
        assertThat(robot.lookup("#compose-message").queryAs(Label.class).getText())
                .isEqualTo("Hãy đặt tên cho bảng điều khiển");

        robot.clickOn("#compose-name").write("Màn hình giao thông");
        robot.interact(() -> robot.lookup("#compose-indicator")
                .queryComboBox()
                .getSelectionModel()
                .select(KpiFixture.ACCIDENTS));
        robot.clickOn("#compose-add");
        robot.interact(() -> robot.lookup("#compose-widget")
                .queryComboBox()
                .getSelectionModel()
                .select(Widget.BARS));
        robot.clickOn("#compose-add");
        assertThat(robot.lookup("#compose-cell-1").queryAs(Label.class).getText())
                .isEqualTo("Số vụ tai nạn giao thông\nCột theo xã, phường");

        robot.clickOn("#compose-cell-0");
        robot.clickOn("#compose-right");
        assertThat(robot.lookup("#compose-message").queryAs(Label.class).getText())
                .startsWith("Không còn chỗ ở đó");
        robot.clickOn("#compose-narrower");
        Label first = robot.lookup("#compose-cell-0").queryAs(Label.class);
        assertThat(GridPane.getColumnSpan(first)).isEqualTo(1);
        robot.interact(() -> robot.lookup("#compose-role")
                .queryComboBox()
                .getSelectionModel()
                .select("operator"));
        robot.clickOn("#compose-save");

        assertThat(robot.lookup("#compose-message").queryAs(Label.class).getText())
                .isEqualTo("Đã lưu bảng điều khiển");
        DashboardLayout saved = store.firstForRole("operator").orElseThrow();
        assertThat(saved.name()).isEqualTo("Màn hình giao thông");
        assertThat(saved.items())
                .containsExactly(
                        new DashboardItem(KpiFixture.ACCIDENTS, Widget.TILE, 0, 0, 1, 1),
                        new DashboardItem(KpiFixture.ACCIDENTS, Widget.BARS, 2, 0, 3, 2));
    }
}
