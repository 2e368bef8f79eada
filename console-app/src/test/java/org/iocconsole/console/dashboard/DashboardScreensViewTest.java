package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.dashboard.DashboardItem;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Saved dashboards on screen: a role's own, one by id with its name, a wall's rotation by dwell time, and the trend
 * across the reform marked with the units merged.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DashboardScreensViewTest {
    private final MutableClock clock = new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
    private SampleCache cache;
    private DashboardScreens screens;
    private DashboardServices services;
    private DashboardRotation rotation;
    private VBox root;

    @Start
    void start(Stage stage) throws Exception {
        cache = new SampleCache(Files.createTempDirectory("dashboard-screens"));
        KpiFixture.fill(cache);
        services = new DashboardServices(cache.database(), new ObjectMapper());
        services.dashboards()
                .save(
                        new DashboardLayout(
                                "leaders",
                                "leader",
                                "Lãnh đạo tỉnh",
                                List.of(
                                        new DashboardItem(KpiFixture.DOSSIERS, Widget.TILE, 0, 0, 2, 1),
                                        new DashboardItem(KpiFixture.DOSSIERS, Widget.TREND, 0, 1, 6, 2),
                                        new DashboardItem(KpiFixture.DOSSIERS, Widget.RANKING, 0, 3, 3, 2)),
                                Duration.ofSeconds(60),
                                1),
                        "admin",
                        KpiFixture.NOW);
        services.dashboards()
                .save(
                        new DashboardLayout(
                                "wall-1",
                                "wall",
                                "Giao thông",
                                List.of(new DashboardItem(KpiFixture.ACCIDENTS, Widget.TILE, 0, 0, 2, 1)),
                                Duration.ofSeconds(30),
                                1),
                        "admin",
                        KpiFixture.NOW);
        services.dashboards()
                .save(
                        new DashboardLayout(
                                "wall-2",
                                "wall",
                                "Dịch vụ công",
                                List.of(new DashboardItem(KpiFixture.DOSSIERS, Widget.RANKING, 0, 0, 3, 2)),
                                Duration.ofSeconds(20),
                                2),
                        "admin",
                        KpiFixture.NOW);
        screens = new DashboardScreens(
                services, new I18n(Language.VI), clock, Runnable::run, Runnable::run, listener -> {});
        rotation = screens.rotation("wall");
        root = new VBox(screens.firstOf("leader"), rotation.root(), screens.firstOf("trainer"));
        stage.setScene(new Scene(root, 1200, 780));
        stage.show();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void eachRoleSeesItsOwnDashboardAndAWallRotatesByDwellTime(FxRobot robot) {
        assertThat(robot.from(root.getChildren().get(0))
                        .lookup("#dashboard-name")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Lãnh đạo tỉnh");
        assertThat(robot.from(root.getChildren().get(2))
                        .lookup("#dashboard-name")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Chưa có bảng điều khiển nào được lưu cho vai trò này");
        assertThat(robot.from(root.getChildren().get(0))
                        .lookup(".kpi-tile-value")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("363 hồ sơ");

        assertThat(rotation.shownProperty().get()).isEqualTo("wall-1");
        assertThat(robot.from(rotation.root())
                        .lookup("#dashboard-name")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Giao thông");
        clock.advance(Duration.ofSeconds(29));
        robot.interact(rotation::tick);
        assertThat(rotation.shownProperty().get()).isEqualTo("wall-1");
        clock.advance(Duration.ofSeconds(1));
        robot.interact(rotation::tick);
        assertThat(robot.from(rotation.root())
                        .lookup("#dashboard-name")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Dịch vụ công");
        assertThat(robot.from(rotation.root())
                        .lookup("#unit-" + KpiFixture.WARD)
                        .tryQuery())
                .isPresent();
        clock.advance(Duration.ofSeconds(20));
        robot.interact(rotation::tick);
        assertThat(rotation.shownProperty().get()).isEqualTo("wall-1");
    }

    @Test
    void theTrendAcrossTheReformIsMarkedAndNamesTheMergedUnits(FxRobot robot) {
        TrendChart chart =
                robot.from(root.getChildren().get(0)).lookup(".kpi-trend-chart").queryAs(TrendChart.class);

        TrendSeries series = chart.seriesProperty().get();
        assertThat(series.reform()).isEqualTo(java.time.YearMonth.of(2025, 7));
        assertThat(series.reformIndex()).isEqualTo(18);
        assertThat(chart.reformX()).isGreaterThan(0).isLessThan(chart.getWidth());
        assertThat(chart.reformLabelProperty().get()).isEqualTo("Sắp xếp ĐVHC 1/7/2025");
        assertThat(robot.from(root.getChildren().get(0))
                        .lookup(".kpi-lineage")
                        .queryAs(Label.class)
                        .getText())
                .contains("Tỉnh Bắc Kạn + Tỉnh Thái Nguyên", "01/07/2025");
    }

    private String text(Node in, String selector) {
        return ((Label) in.lookup(selector)).getText();
    }

    @Test
    void aDashboardSavedWhileTheWallRotatesJoinsAtTheNextTurnWithoutARestart(FxRobot robot) {
        assertThat(rotation.shownProperty().get()).isEqualTo("wall-1");

        robot.interact(() -> {
            services.dashboards()
                    .save(
                            new DashboardLayout(
                                    "wall-1",
                                    "wall",
                                    "Giao thông hôm nay",
                                    List.of(new DashboardItem(KpiFixture.ACCIDENTS, Widget.TILE, 0, 0, 2, 1)),
                                    Duration.ofSeconds(30),
                                    1),
                            "admin",
                            KpiFixture.NOW);
            services.dashboards()
                    .save(
                            new DashboardLayout(
                                    "wall-3",
                                    "wall",
                                    "Y tế",
                                    List.of(new DashboardItem(KpiFixture.DOSSIERS, Widget.TILE, 0, 0, 2, 1)),
                                    Duration.ofSeconds(10),
                                    3),
                            "admin",
                            KpiFixture.NOW);
        });

        // The dashboard shown takes its new name at once; the rotation keeps its turn.
        assertThat(rotation.shownProperty().get()).isEqualTo("wall-1");
        assertThat(text(rotation.root(), "#dashboard-name")).isEqualTo("Giao thông hôm nay");
        clock.advance(Duration.ofSeconds(30));
        robot.interact(rotation::tick);
        assertThat(rotation.shownProperty().get()).isEqualTo("wall-2");
        clock.advance(Duration.ofSeconds(20));
        robot.interact(rotation::tick);
        assertThat(rotation.shownProperty().get()).isEqualTo("wall-3");
        assertThat(text(rotation.root(), "#dashboard-name")).isEqualTo("Y tế");
        clock.advance(Duration.ofSeconds(10));
        robot.interact(rotation::tick);
        assertThat(rotation.shownProperty().get()).isEqualTo("wall-1");

        robot.interact(() -> services.dashboards().delete("wall-2"));
        clock.advance(Duration.ofSeconds(30));
        robot.interact(rotation::tick);
        assertThat(rotation.shownProperty().get()).isEqualTo("wall-3");
    }

    @Test
    void aCommuneClickedOnASavedDashboardShowsItsFiguresAndBackReturnsToTheProvince(FxRobot robot) {
        Node leaders = root.getChildren().get(0);
        assertThat(text(leaders, ".kpi-tile-value")).isEqualTo("363 hồ sơ");

        robot.interact(() -> ((javafx.scene.control.Button) leaders.lookup("#unit-" + KpiFixture.WARD)).fire());

        assertThat(text(leaders, ".kpi-tile-value")).isEqualTo("42 hồ sơ");
        assertThat(text(leaders, "#dashboard-area")).contains("Phan Đình Phùng");
        assertThat(leaders.lookup("#dashboard-back").isVisible()).isTrue();
        // A commune has no communes below it to rank.
        assertThat(leaders.lookup("#dashboard-cell-2").isVisible()).isFalse();
        // The ward was formed from two wards in the reform: its series and its lineage say so.
        TrendChart chart = (TrendChart) leaders.lookup(".kpi-trend-chart");
        assertThat(chart.seriesProperty().get().reform()).isEqualTo(java.time.YearMonth.of(2025, 7));
        assertThat(text(leaders, ".kpi-lineage")).contains("Trưng Vương", "Túc Duyên");

        robot.interact(() -> ((javafx.scene.control.Button) leaders.lookup("#dashboard-back")).fire());

        assertThat(text(leaders, ".kpi-tile-value")).isEqualTo("363 hồ sơ");
        assertThat(leaders.lookup("#dashboard-back").isVisible()).isFalse();
        assertThat(leaders.lookup("#unit-" + KpiFixture.WARD).isVisible()).isTrue();
    }
}
