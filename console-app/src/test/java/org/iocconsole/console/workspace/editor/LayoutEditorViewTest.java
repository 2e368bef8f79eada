package org.iocconsole.console.workspace.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.LayoutFile;
import org.iocconsole.console.workspace.layout.PlaylistItem;
import org.iocconsole.console.workspace.layout.ScreenSlot;
import org.iocconsole.console.workspace.layout.WorkspaceFiles;
import org.iocconsole.console.workspace.layout.WorkspaceLayout;
import org.iocconsole.console.workspace.layout.WorkspaceLayout.Mode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor: monitors drawn as arranged, a view or playlist per monitor, saved to the file and handed on. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LayoutEditorViewTest {
    private static final DisplayArea LEFT = new DisplayArea(0, 0, 1920, 1080);
    private static final DisplayArea RIGHT = new DisplayArea(1920, 0, 1920, 1080);
    private static final DisplayArea BELOW = new DisplayArea(0, 1080, 1920, 1080);

    @TempDir
    Path dir;

    private Stage stage;
    private final List<WorkspaceLayout> handedOn = new ArrayList<>();
    private LayoutEditorViewModel vm;
    private Path file;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, WorkspaceLayout current, boolean mayEdit) {
        WorkspaceFiles files = new WorkspaceFiles(dir, new MutableClock(Instant.EPOCH, ZoneOffset.UTC));
        file = files.fileFor("operator", "wall-1");
        robot.interact(() -> {
            vm = new LayoutEditorViewModel(
                    current,
                    List.of(BELOW, RIGHT, LEFT),
                    files,
                    file,
                    () -> mayEdit,
                    new I18n(Language.EN),
                    Runnable::run,
                    Runnable::run,
                    handedOn::add);
            stage.setScene(new Scene(new LayoutEditorView(vm, new I18n(Language.EN)).root(), 1200, 700));
            stage.show();
        });
    }

    private static WorkspaceLayout twoScreens() {
        return new WorkspaceLayout(
                "wall", Mode.WALL, List.of(ScreenSlot.of(Screen.MAP), ScreenSlot.of(Screen.REPORTS)));
    }

    @Test
    void drawsTheMonitorsAsTheyAreArrangedInReadingOrder(FxRobot robot) {
        open(robot, twoScreens(), true);

        Region first = robot.lookup("#layout-editor-monitor-0").queryAs(Region.class);
        Region second = robot.lookup("#layout-editor-monitor-1").queryAs(Region.class);
        Region third = robot.lookup("#layout-editor-monitor-2").queryAs(Region.class);
        assertThat(second.getLayoutX()).isGreaterThan(first.getLayoutX());
        assertThat(second.getLayoutY()).isEqualTo(first.getLayoutY());
        assertThat(third.getLayoutY()).isGreaterThan(first.getLayoutY());
        assertThat(robot.lookup("#layout-editor-monitor-1 .label").queryAll())
                .anySatisfy(label -> assertThat(((javafx.scene.control.Label) label).getText())
                        .isEqualTo("Reports"));
        // The third monitor had no slot: it starts on the overview.
        assertThat(vm.monitors().get(2).views()).containsExactly(Screen.OVERVIEW);
    }

    @Test
    void aPlaylistWithItsDwellAndANightViewIsSavedAndHandedOn(FxRobot robot) {
        open(robot, twoScreens(), true);

        robot.clickOn("#layout-editor-0-alerts");
        robot.interact(() -> {
            robot.lookup("#layout-editor-0-dwell")
                    .queryAs(Spinner.class)
                    .getValueFactory()
                    .setValue(45);
            vm.monitors().get(1).nightProperty().set(Screen.ALERTS);
        });
        robot.clickOn("#layout-editor-2-overview");
        robot.clickOn("#layout-editor-2-cameras");
        robot.clickOn("#layout-editor-save");

        WorkspaceLayout expected = new WorkspaceLayout(
                "wall",
                Mode.WALL,
                List.of(
                        new ScreenSlot(
                                List.of(new PlaylistItem(Screen.MAP, 45), new PlaylistItem(Screen.ALERTS, 45)),
                                List.of()),
                        new ScreenSlot(
                                List.of(new PlaylistItem(Screen.REPORTS, 0)),
                                List.of(new PlaylistItem(Screen.ALERTS, 0))),
                        ScreenSlot.of(Screen.CAMERAS)));
        assertThat(handedOn).containsExactly(expected);
        assertThat(new LayoutFile().read(file, twoScreens()).layout()).isEqualTo(expected);
        assertThat(robot.lookup("#layout-editor-status").queryLabeled().getText())
                .contains("Saved to", "wall-1");
    }

    @Test
    void aRoleThatMayNotEditCannotSave(FxRobot robot) {
        open(robot, twoScreens(), false);

        assertThat(robot.lookup("#layout-editor-save").queryButton().isDisabled())
                .isTrue();
        robot.interact(vm::save);
        assertThat(handedOn).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aMonitorsCameraWallOpensTheSavedCameraLayoutChosenAndKeepsOneAlreadySet(FxRobot robot) {
        WorkspaceLayout current = new WorkspaceLayout(
                "wall",
                Mode.WALL,
                List.of(
                        new ScreenSlot(List.of(new PlaylistItem(Screen.CAMERAS, "Night", 0)), List.of()),
                        ScreenSlot.of(Screen.REPORTS)));
        open(robot, current, true);
        robot.interact(() -> vm.cameraLayoutNames().setAll("Traffic", "Night"));

        @SuppressWarnings("unchecked")
        ComboBox<String> second = robot.lookup("#layout-editor-1-camera-layout").queryAs(ComboBox.class);
        assertThat(second.isDisabled()).isTrue();
        assertThat(robot.lookup("#layout-editor-0-camera-layout")
                        .queryAs(ComboBox.class)
                        .getValue())
                .isEqualTo("Night");
        robot.clickOn("#layout-editor-1-reports");
        robot.clickOn("#layout-editor-1-cameras");
        assertThat(second.isDisabled()).isFalse();
        assertThat(second.getItems()).containsExactly("Traffic", "Night");
        robot.interact(() -> second.setValue("Traffic"));
        robot.clickOn("#layout-editor-save");

        assertThat(new LayoutFile().read(file, twoScreens()).layout().screens())
                .extracting(slot -> slot.day().get(0))
                .containsExactly(
                        new PlaylistItem(Screen.CAMERAS, "Night", 0),
                        new PlaylistItem(Screen.CAMERAS, "Traffic", 0),
                        new PlaylistItem(Screen.OVERVIEW, 0));
    }
}
