package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.console.testing.FakeServices;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.WindowLayout;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.LayoutFolder;
import org.iocconsole.console.workspace.layout.ScreenSlot;
import org.iocconsole.console.workspace.layout.WorkspaceFiles;
import org.iocconsole.console.workspace.layout.WorkspaceLayout;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertKind;
import org.iocconsole.sync.alert.AlertState;
import org.iocconsole.sync.alert.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Wall mode headless: the console's real views on a stage per monitor, the ticker, a notice, a critical alert. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WallModeTest {
    private static final Instant NOW = ShellViewTest.NOW;

    @TempDir
    Path dir;

    private Stage stage;
    private WorkspaceWiring workspace;
    private final ObservableList<DisplayArea> monitors =
            FXCollections.observableArrayList(new DisplayArea(0, 0, 1280, 720), new DisplayArea(1280, 0, 1280, 720));

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> workspace.close());
    }

    private ConsoleWiring openWall(FxRobot robot, WorkspaceFiles.Opened opened) {
        return openWall(robot, opened, false);
    }

    private ConsoleWiring openWall(FxRobot robot, WorkspaceFiles.Opened opened, boolean demo) {
        ConsoleWiring wiring = ShellViewTest.show(robot, stage, demo);
        ConsoleOptions options = ConsoleOptions.builder(
                        dir.resolve("cache"), dir.resolve("sources.yaml"), dir.resolve("logs"))
                .language(Language.EN)
                .theme(Theme.CONTRAST)
                .demoProvince("19")
                .role(Role.OPERATOR)
                .layout(WindowLayout.WALL)
                .build();
        MutableClock clock = new MutableClock(NOW, ConsoleApplication.CONSOLE_ZONE);
        workspace = new WorkspaceWiring(options, new LayoutFolder(dir, clock), clock, Runnable::run, Runnable::run);
        robot.interact(() -> {
            wiring.attach(new FakeServices(demo, NOW.minusSeconds(300)), new SyncEventRelay());
            wiring.shell().themeProperty().set(Theme.CONTRAST);
            workspace.showWall(wiring, opened, monitors);
        });
        return wiring;
    }

    private static WorkspaceLayout layout() {
        return new WorkspaceLayout(
                "wall",
                WorkspaceLayout.Mode.WALL,
                List.of(new ScreenSlot(List.of(Screen.OVERVIEW, Screen.ALERTS), 30), ScreenSlot.of(Screen.DATA_SYNC)));
    }

    private static boolean shows(Stage stage, String id) {
        return stage.isShowing() && stage.getScene().getRoot().lookup(id) != null;
    }

    @Test
    void theMapOnAWallScreenIsLaidOutAtTheMonitorsSize(FxRobot robot) {
        openWall(
                robot,
                new WorkspaceFiles.Opened(
                        new WorkspaceLayout(
                                "wall",
                                WorkspaceLayout.Mode.WALL,
                                List.of(ScreenSlot.of(Screen.OVERVIEW), ScreenSlot.of(Screen.MAP))),
                        List.of(),
                        null));

        Stage mapStage = workspace.wall().stages().get(1);
        assertThat(shows(mapStage, "#map-attribution")).isTrue();
        assertThat(mapStage.getScene().getWidth()).isEqualTo(1280);
        assertThat(mapStage.getScene().getHeight()).isEqualTo(720);
    }

    @Test
    void eachMonitorShowsItsViewWithTheAlertTicker(FxRobot robot) {
        openWall(robot, new WorkspaceFiles.Opened(layout(), List.of(), null));

        List<Stage> stages = workspace.wall().stages();
        assertThat(stages).hasSize(2);
        assertThat(shows(stages.get(0), "#overview-view")).isTrue();
        assertThat(shows(stages.get(1), "#sync-status-view")).isTrue();
        assertThat(((Label) stages.get(1).getScene().getRoot().lookup("#wall-ticker-items")).getText())
                .isEqualTo("Không có cảnh báo");
        assertThat(stages.get(0).getScene().getRoot().getStyleClass()).contains("theme-contrast");
        assertThat(stages).allSatisfy(s -> assertThat(s.getScene().getRoot().lookup("#demo-watermark"))
                .as("live data carries no DEMO mark")
                .isNull());
    }

    @Test
    void inADemoOrADrillEveryWallScreenCarriesTheDemoMark(FxRobot robot) {
        openWall(robot, new WorkspaceFiles.Opened(layout(), List.of(), null), true);

        assertThat(workspace.wall().stages()).hasSize(2).allSatisfy(s -> {
            Label mark = (Label) s.getScene().getRoot().lookup("#demo-watermark");
            assertThat(mark).isNotNull();
            assertThat(mark.isVisible()).isTrue();
            assertThat(mark.getText()).startsWith("DEMO");
        });
    }

    @Test
    void aCriticalAlertJumpsAScreenToItsViewAndTheTickerNamesIt(FxRobot robot) {
        ConsoleWiring wiring = openWall(robot, new WorkspaceFiles.Opened(layout(), List.of(), null));
        Alert overdue = new Alert(
                "a1",
                "r",
                AlertKind.OVERDUE_REPORTS,
                "",
                Severity.CRITICAL,
                12.0,
                5.0,
                AlertState.OPEN,
                NOW,
                NOW,
                null,
                null);

        robot.interact(() -> wiring.alerts().raised(List.of(overdue)));

        assertThat(workspace.wall().showing()).containsExactly(Screen.REPORTS, Screen.DATA_SYNC);
        assertThat(shows(workspace.wall().stages().get(0), "#reports-view")).isTrue();
        assertThat(((Label) workspace
                                .wall()
                                .stages()
                                .get(1)
                                .getScene()
                                .getRoot()
                                .lookup("#wall-ticker-items"))
                        .getText())
                .isEqualTo("Nghiêm trọng: Phản ánh quá hạn");
    }

    @Test
    void aLayoutWithProblemsIsShownWithANoticeOnEveryScreen(FxRobot robot) {
        openWall(
                robot,
                new WorkspaceFiles.Opened(
                        layout(),
                        List.of("layout.json: field \"screens[0].views\": no view is called \"weather\""),
                        dir.resolve("layout.json.bad")));

        assertThat(workspace.wall().stages()).allSatisfy(wallStage -> assertThat(
                        ((Label) wallStage.getScene().getRoot().lookup(".wall-notice")).getText())
                .contains("\"weather\"", "layout.json.bad"));
    }

    @Test
    void anUnpluggedMonitorsViewJoinsTheOtherAndReturns(FxRobot robot) {
        openWall(robot, new WorkspaceFiles.Opened(layout(), List.of(), null));
        DisplayArea right = monitors.get(1);

        robot.interact(() -> monitors.remove(right));
        assertThat(workspace.wall().playlists())
                .containsExactly(List.of(Screen.OVERVIEW, Screen.ALERTS, Screen.DATA_SYNC));

        robot.interact(() -> monitors.add(right));
        assertThat(shows(workspace.wall().stages().get(1), "#sync-status-view")).isTrue();
    }
}
