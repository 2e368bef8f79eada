package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.FakeReadModels;
import org.iocconsole.console.testing.MutableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Wiring of the overview: tiles follow their properties and the view model's figures. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final I18n i18n = new I18n(Language.VI);
    // Made in start(): a control made before the toolkit starts breaks every later test in the same JVM.
    private KpiTile tile;

    @Start
    void start(Stage stage) {
        OverviewViewModel vm = new OverviewViewModel(
                new FakeReadModels()::overview,
                new SimpleObjectProperty<>(DataFreshness.NONE),
                new MutableClock(Instant.parse("2026-11-22T03:32:00Z"), VIETNAM),
                Runnable::run,
                Runnable::run);
        vm.start();
        OverviewView view = new OverviewView(vm, i18n, VIETNAM);
        tile = new KpiTile();
        tile.setId("loose-tile");
        stage.setScene(new Scene(new VBox(tile, view.root()), 1200, 780));
        stage.show();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aTilesLabelAndValueFollowItsProperties(FxRobot robot) {
        robot.interact(() -> {
            tile.setLabel("Đang mở");
            tile.setValue("42");
        });
        assertThat(text(robot, "#loose-tile .kpi-tile-label")).isEqualTo("Đang mở");
        assertThat(text(robot, "#loose-tile .kpi-tile-value")).isEqualTo("42");

        robot.interact(() -> tile.setLabel("Open"));
        assertThat(text(robot, "#loose-tile .kpi-tile-label")).isEqualTo("Open");
    }

    @Test
    void theTilesShowTheFiguresInTheCurrentLanguage(FxRobot robot) {
        assertThat(text(robot, "#kpi-reports-open .kpi-tile-value")).isEqualTo("40");
        assertThat(text(robot, "#kpi-observations .kpi-tile-value")).isEqualTo("480");
        assertThat(text(robot, "#kpi-reports-overdue .kpi-tile-label")).isEqualTo("Quá hạn xử lý");

        robot.interact(() -> i18n.setLanguage(Language.EN));
        assertThat(text(robot, "#kpi-reports-overdue .kpi-tile-label")).isEqualTo("Overdue");
    }

    @Test
    void overdueReportsMarkTheirTile(FxRobot robot) {
        assertThat(robot.lookup("#kpi-reports-overdue").queryAs(KpiTile.class).getPseudoClassStates())
                .contains(KpiTile.ALERT);
        assertThat(robot.lookup("#kpi-reports-open").queryAs(KpiTile.class).getPseudoClassStates())
                .doesNotContain(KpiTile.ALERT);
    }
}
