package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.UnitQueries;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.kpi.KpiService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drill-down on the KPI board: a click on a commune's bar shows the commune, "back" the province again. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KpiBoardViewTest {
    private SampleCache cache;
    private final I18n i18n = new I18n(Language.VI);

    @Start
    void start(Stage stage) throws Exception {
        cache = new SampleCache(Files.createTempDirectory("kpi-board"));
        KpiFixture.fill(cache);
        BoardLoader loader = new BoardLoader(
                new KpiService(new KpiQueries(cache.database())),
                new UnitQueries(cache.database()),
                new AlertStore(cache.database()));
        KpiBoardViewModel vm = new KpiBoardViewModel(
                loader::load,
                alert -> {},
                new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh")),
                Runnable::run,
                Runnable::run);
        KpiBoardView view = new KpiBoardView(vm, i18n, new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh")));
        vm.start();
        stage.setScene(new Scene(new ScrollPane(view.root()), 1200, 780));
        stage.show();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void clickingACommuneShowsItsFiguresAndBackShowsTheProvince(FxRobot robot) {
        assertThat(text(robot, "#kpi-area")).isEqualTo("Toàn tỉnh · Tỉnh Thái Nguyên");
        assertThat(text(robot, "#kpi-" + KpiFixture.DOSSIERS + " .kpi-tile-value"))
                .isEqualTo("363 hồ sơ");
        assertThat(text(robot, "#kpi-lineage")).contains("Tỉnh Bắc Kạn + Tỉnh Thái Nguyên", "01/07/2025");
        assertThat(text(robot, "#kpi-" + KpiFixture.DOSSIERS + " .kpi-tile-details"))
                .contains("So với cùng kỳ: +10,0 %");
        assertThat(robot.lookup("#kpi-" + KpiFixture.ACCIDENTS)
                        .queryAs(KpiTile.class)
                        .getPseudoClassStates())
                .contains(KpiTile.CRITICAL);
        assertThat(text(robot, "#kpi-trend-note"))
                .startsWith("Đường nét đứt đánh dấu sắp xếp đơn vị hành chính")
                .contains("Tỉnh Bắc Kạn + Tỉnh Thái Nguyên");

        robot.clickOn("#unit-" + KpiFixture.WARD);

        assertThat(text(robot, "#kpi-area")).isEqualTo("Phan Đình Phùng");
        assertThat(text(robot, "#kpi-" + KpiFixture.DOSSIERS + " .kpi-tile-value"))
                .isEqualTo("42 hồ sơ");
        assertThat(text(robot, "#kpi-" + KpiFixture.ACCIDENTS + " .kpi-tile-value"))
                .isEqualTo("Không có số liệu");
        assertThat(robot.lookup("#unit-" + KpiFixture.WARD).tryQuery())
                .satisfiesAnyOf(
                        n -> assertThat(n).isEmpty(),
                        n -> assertThat(n.get().isVisible()).isFalse());

        robot.clickOn("#kpi-back");

        assertThat(text(robot, "#kpi-area")).isEqualTo("Toàn tỉnh · Tỉnh Thái Nguyên");
        assertThat(text(robot, "#kpi-" + KpiFixture.DOSSIERS + " .kpi-tile-value"))
                .isEqualTo("363 hồ sơ");
    }

    @Test
    void thePeriodSelectorChangesTheWindow(FxRobot robot) {
        robot.clickOn("#kpi-period-year-to-date");

        assertThat(text(robot, "#kpi-window")).isEqualTo("Lũy kế đến tháng 10/2026");
        assertThat(text(robot, "#kpi-" + KpiFixture.DOSSIERS + " .kpi-tile-value"))
                .isEqualTo("3.630 hồ sơ");

        robot.interact(() -> i18n.setLanguage(Language.EN));
        assertThat(text(robot, "#kpi-window")).isEqualTo("Year to date, to 10/2026");
        assertThat(text(robot, "#kpi-" + KpiFixture.DOSSIERS + " .kpi-tile-label"))
                .isEqualTo("Administrative dossiers received");
    }
}
