package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.console.workspace.KioskGate;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.WallStages;
import org.iocconsole.console.workspace.editor.LayoutEditorView;
import org.iocconsole.console.workspace.editor.LayoutEditorViewModel;
import org.iocconsole.console.workspace.layout.DashboardPick;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.PlaylistItem;
import org.iocconsole.console.workspace.layout.ScreenSlot;
import org.iocconsole.console.workspace.layout.WorkspaceFiles;
import org.iocconsole.console.workspace.layout.WorkspaceLayout;
import org.iocconsole.sync.dashboard.DashboardItem;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Saved dashboards on wall screens: a layout names one by id or a role's rotation, a name with no dashboard behind it
 * says so and shows the dashboard once it is saved, and the layout editor offers them.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WallDashboardsViewTest {
    private static final DisplayArea LEFT = new DisplayArea(0, 0, 960, 600);
    private static final DisplayArea RIGHT = new DisplayArea(960, 0, 960, 600);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
    private final ObservableList<DisplayArea> monitors = FXCollections.observableArrayList(LEFT, RIGHT);
    private SampleCache cache;
    private DashboardServices services;
    private DashboardScreens screens;
    private WallStages wall;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        cache = new SampleCache(Files.createTempDirectory("wall-dashboards"));
        KpiFixture.fill(cache);
        services = new DashboardServices(cache.database(), new ObjectMapper());
        services.dashboards()
                .save(tile("traffic", "wall", "Giao thông", KpiFixture.ACCIDENTS, 1), "admin", KpiFixture.NOW);
        services.dashboards()
                .save(tile("services", "wall", "Dịch vụ công", KpiFixture.DOSSIERS, 2), "admin", KpiFixture.NOW);
        screens = new DashboardScreens(
                services, new I18n(Language.EN), clock, Runnable::run, Runnable::run, listener -> {});
    }

    @AfterEach
    void close(FxRobot robot) {
        if (wall != null) {
            robot.interact(wall::close);
        }
        cache.close();
    }

    private static DashboardLayout tile(String id, String role, String name, String code, int position) {
        return new DashboardLayout(
                id,
                role,
                name,
                List.of(new DashboardItem(code, Widget.TILE, 0, 0, 2, 1)),
                Duration.ofSeconds(30),
                position);
    }

    private void openWall(FxRobot robot, WorkspaceLayout layout) {
        robot.interact(() -> {
            wall = new WallStages(
                    layout,
                    clock,
                    screen -> new Label(screen.slug()),
                    monitors,
                    new KioskGate(() -> true, () -> true),
                    () -> {},
                    StackPane::new);
            wall.setDashboardViews(
                    pick -> pick.ofRole() ? screens.rotation(pick.key()).root() : screens.named(pick.key()));
            wall.open();
        });
    }

    private String nameOn(int stage) {
        Parent root = wall.stages().get(stage).getScene().getRoot();
        Node name = root.lookup("#dashboard-name");
        return name == null ? ((Label) ((StackPane) root).getChildren().get(0)).getText() : ((Label) name).getText();
    }

    @Test
    void aScreenShowsADashboardByIdAndAnotherRotatesARolesDashboardsAfterItsView(FxRobot robot) {
        openWall(
                robot,
                new WorkspaceLayout(
                        "wall",
                        WorkspaceLayout.Mode.WALL,
                        List.of(
                                new ScreenSlot(List.of(PlaylistItem.of(DashboardPick.one("services"), 0)), List.of()),
                                new ScreenSlot(
                                        List.of(
                                                new PlaylistItem(Screen.MAP, 30),
                                                PlaylistItem.of(DashboardPick.rotationOf("wall"), 60)),
                                        List.of()))));

        assertThat(nameOn(0)).isEqualTo("Dịch vụ công");
        assertThat(nameOn(1)).isEqualTo("map");
        clock.advance(Duration.ofSeconds(30));
        robot.interact(() -> {
            wall.tick();
            screens.tick();
        });
        assertThat(nameOn(1)).isEqualTo("Giao thông");
        clock.advance(Duration.ofSeconds(30));
        robot.interact(() -> {
            wall.tick();
            screens.tick();
        });
        assertThat(nameOn(1)).isEqualTo("Dịch vụ công");
    }

    @Test
    void aLayoutNamingNoSavedDashboardSaysSoAndShowsItOnceSaved(FxRobot robot) {
        openWall(
                robot,
                new WorkspaceLayout(
                        "wall",
                        WorkspaceLayout.Mode.WALL,
                        List.of(
                                new ScreenSlot(List.of(PlaylistItem.of(DashboardPick.one("health"), 0)), List.of()),
                                ScreenSlot.of(Screen.MAP))));

        assertThat(nameOn(0)).contains("\"health\"", "layout").doesNotContain("{0}");
        assertThat(nameOn(1)).isEqualTo("map");

        robot.interact(() -> services.dashboards()
                .save(tile("health", "leader", "Y tế", KpiFixture.DOSSIERS, 1), "admin", KpiFixture.NOW));

        assertThat(nameOn(0)).isEqualTo("Y tế");
    }

    @Test
    void theEditorOffersSavedDashboardsAndRolesAndSavesTheChoice(FxRobot robot) throws Exception {
        WorkspaceFiles files = new WorkspaceFiles(dir, new MutableClock(Instant.EPOCH, ZoneOffset.UTC));
        Path file = files.fileFor("operator", "wall-1");
        WorkspaceLayout current = new WorkspaceLayout(
                "wall",
                WorkspaceLayout.Mode.WALL,
                List.of(
                        ScreenSlot.of(Screen.MAP),
                        new ScreenSlot(List.of(PlaylistItem.of(DashboardPick.one("gone"), 0)), List.of())));
        LayoutEditorViewModel[] vm = new LayoutEditorViewModel[1];
        robot.interact(() -> {
            I18n i18n = new I18n(Language.EN);
            vm[0] = new LayoutEditorViewModel(
                    current,
                    List.of(LEFT, RIGHT),
                    files,
                    file,
                    () -> true,
                    i18n,
                    Runnable::run,
                    Runnable::run,
                    l -> {});
            stage.setScene(new Scene(new LayoutEditorView(vm[0], i18n).root(), 1400, 700));
            stage.show();
            Map<DashboardPick, String> names = new LinkedHashMap<>();
            names.put(DashboardPick.one("traffic"), "Giao thông (wall)");
            names.put(DashboardPick.rotationOf("wall"), "Dashboards of role wall, in turn");
            vm[0].offerDashboards(names);
        });

        @SuppressWarnings("unchecked")
        ChoiceBox<DashboardPick> first =
                robot.lookup("#layout-editor-0-dashboard").queryAs(ChoiceBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<DashboardPick> second =
                robot.lookup("#layout-editor-1-dashboard").queryAs(ChoiceBox.class);
        assertThat(first.getItems())
                .containsExactly(
                        null,
                        DashboardPick.one("traffic"),
                        DashboardPick.rotationOf("wall"),
                        DashboardPick.one("gone"));
        assertThat(second.getValue()).isEqualTo(DashboardPick.one("gone"));
        assertThat(second.getConverter().toString(second.getValue())).isEqualTo("gone (not saved)");

        robot.interact(() -> {
            first.setValue(DashboardPick.rotationOf("wall"));
            second.setValue(DashboardPick.one("traffic"));
        });
        robot.clickOn("#layout-editor-save");

        WorkspaceLayout saved = files.open(file, current).layout();
        assertThat(saved.screens().get(0).day())
                .containsExactly(
                        new PlaylistItem(Screen.MAP, 30), PlaylistItem.of(DashboardPick.rotationOf("wall"), 30));
        assertThat(saved.screens().get(1).day()).containsExactly(PlaylistItem.of(DashboardPick.one("traffic"), 0));
    }
}
