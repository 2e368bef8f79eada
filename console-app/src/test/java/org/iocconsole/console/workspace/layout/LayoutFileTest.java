package org.iocconsole.console.workspace.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.layout.WorkspaceLayout.Mode;
import org.iocconsole.sync.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutFileTest {
    @TempDir
    Path dir;

    private final LayoutFile files = new LayoutFile();
    private final WorkspaceLayout fallback = DefaultLayouts.forRole(Role.LEADER);

    @Test
    void aWrittenLayoutReadsBackTheSame() throws IOException {
        WorkspaceLayout wall = DefaultLayouts.forRole(Role.OPERATOR);
        Path file = dir.resolve("layouts/operator.json");

        files.write(file, wall);
        LayoutFile.Loaded loaded = files.read(file, fallback);

        assertThat(loaded.layout()).isEqualTo(wall);
        assertThat(loaded.problems()).isEmpty();
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void screensNameSavedDashboardsOrARolesRotationAndReadBackTheSame() throws IOException {
        Path file = dir.resolve("wall.json");
        Files.writeString(file, """
                {"name": "phòng IOC", "screens": [
                  {"views": ["map", {"dashboard": "giao-thong", "dwellSeconds": 40}], "dwellSeconds": 30},
                  {"views": ["dashboards:wall"]},
                  {"views": [{"dashboard": " "}, "dashboard:"]}
                ]}
                """);

        LayoutFile.Loaded loaded = files.read(file, fallback);

        List<ScreenSlot> screens = loaded.layout().screens();
        assertThat(screens).hasSize(2);
        assertThat(screens.get(0).day())
                .containsExactly(
                        new PlaylistItem(Screen.MAP, 30), PlaylistItem.of(DashboardPick.one("giao-thong"), 40));
        assertThat(screens.get(0).views()).containsExactly(Screen.MAP);
        assertThat(screens.get(1).day()).containsExactly(PlaylistItem.of(DashboardPick.rotationOf("wall"), 0));
        assertThat(loaded.problems()).hasSize(3).allSatisfy(problem -> assertThat(problem)
                .contains("screens[2]"));
        Path copy = dir.resolve("copy.json");
        files.write(copy, loaded.layout());
        assertThat(files.read(copy, fallback).layout()).isEqualTo(loaded.layout());
        assertThat(Files.readString(copy)).contains("\"dashboard\" : \"giao-thong\"", "\"dashboards\" : \"wall\"");
    }

    @Test
    void dashboardsOfMissingMonitorsJoinTheLastOneWithoutMergingIntoTheOverview() {
        WorkspaceLayout layout = new WorkspaceLayout(
                "wall",
                WorkspaceLayout.Mode.WALL,
                List.of(
                        ScreenSlot.of(Screen.OVERVIEW),
                        new ScreenSlot(List.of(PlaylistItem.of(DashboardPick.one("a"), 0)), List.of()),
                        new ScreenSlot(List.of(PlaylistItem.of(DashboardPick.rotationOf("wall"), 0)), List.of())));

        List<Placement> plan = ScreenPlan.assign(List.of(new DisplayArea(0, 0, 1920, 1080)), layout);

        assertThat(plan.get(0).slot().day())
                .extracting(PlaylistItem::slug)
                .containsExactly("overview", "dashboard:a", "dashboards:wall");
    }

    @Test
    void noFileMeansTheDefaultWithoutComplaint() {
        LayoutFile.Loaded loaded = files.read(dir.resolve("none.json"), fallback);

        assertThat(loaded.layout()).isEqualTo(fallback);
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void aCorruptedFileGivesTheDefaultAndNamesFileAndLine() throws IOException {
        Path file = dir.resolve("wall.json");
        Files.writeString(file, "{\n  \"name\": \"wall\",\n  \"screens\": [ {\"views\": [\"map\"] ,, ]\n}");

        LayoutFile.Loaded loaded = files.read(file, fallback);

        assertThat(loaded.layout()).isEqualTo(fallback);
        assertThat(loaded.problems()).singleElement().asString().contains("wall.json", "line 3", "default layout");
    }

    @Test
    void anUnknownViewIsLeftOutAndTheRestKept() throws IOException {
        Path file = dir.resolve("wall.json");
        Files.writeString(file, """
                {"name": "phòng IOC", "mode": "wall", "screens": [
                  {"views": ["map", "weather"], "dwellSeconds": 1},
                  {"views": ["nothing"]},
                  {"views": ["reports"]}
                ]}
                """);

        LayoutFile.Loaded loaded = files.read(file, fallback);

        assertThat(loaded.layout())
                .isEqualTo(new WorkspaceLayout(
                        "phòng IOC", Mode.WALL, List.of(ScreenSlot.of(Screen.MAP), ScreenSlot.of(Screen.REPORTS))));
        assertThat(loaded.problems())
                .anySatisfy(p -> assertThat(p).contains("screens[0].views", "\"weather\""))
                .anySatisfy(p -> assertThat(p).contains("screens[1]", "no view"));
    }

    @Test
    void aTooShortDwellAndAnUnknownModeAreCorrectedWithANote() throws IOException {
        Path file = dir.resolve("wall.json");
        Files.writeString(
                file,
                "{\"mode\": \"cinema\", \"screens\": [{\"views\": [\"overview\", \"map\"], \"dwellSeconds\": 1}]}");

        LayoutFile.Loaded loaded = files.read(file, fallback);

        assertThat(loaded.layout().mode()).isEqualTo(Mode.WALL);
        assertThat(loaded.layout().screens().get(0).dwellSeconds()).isEqualTo(LayoutFile.MIN_DWELL_SECONDS);
        assertThat(loaded.problems()).hasSize(2);
    }

    @Test
    void aFileWithoutScreensGivesTheDefault() throws IOException {
        Path file = dir.resolve("wall.json");
        Files.writeString(file, "[1, 2, 3]");

        LayoutFile.Loaded loaded = files.read(file, fallback);

        assertThat(loaded.layout()).isEqualTo(fallback);
        assertThat(loaded.problems()).singleElement().asString().contains("\"screens\"");
    }

    @Test
    void playlistsWithTheirOwnDwellsNightPlaylistsAndHoursReadBackTheSame() throws IOException {
        WorkspaceLayout layout = new WorkspaceLayout(
                "ca đêm",
                Mode.WALL,
                List.of(
                        new ScreenSlot(
                                List.of(new PlaylistItem(Screen.OVERVIEW, 20), new PlaylistItem(Screen.ALERTS, 45)),
                                List.of(new PlaylistItem(Screen.MAP, 0))),
                        ScreenSlot.of(Screen.CAMERAS)),
                new DaySchedule(LocalTime.of(5, 30), LocalTime.of(21, 0)));
        Path file = dir.resolve("night.json");

        files.write(file, layout);

        assertThat(files.read(file, fallback)).isEqualTo(new LayoutFile.Loaded(layout, List.of()));
    }

    @Test
    void aWrongHourOrItemDwellIsCorrectedWithANote() throws IOException {
        Path file = dir.resolve("wall.json");
        Files.writeString(file, """
                {"nightStarts": "late", "screens": [
                  {"views": [{"view": "map", "dwellSeconds": 2}, "reports"], "dwellSeconds": 40}
                ]}
                """);

        LayoutFile.Loaded loaded = files.read(file, fallback);

        assertThat(loaded.layout().schedule()).isEqualTo(DaySchedule.DEFAULT);
        assertThat(loaded.layout().screens().get(0).day())
                .containsExactly(
                        new PlaylistItem(Screen.MAP, LayoutFile.MIN_DWELL_SECONDS),
                        new PlaylistItem(Screen.REPORTS, 40));
        assertThat(loaded.problems())
                .anySatisfy(p -> assertThat(p).contains("nightStarts", "\"late\""))
                .anySatisfy(p -> assertThat(p).contains("screens[0].views[0].dwellSeconds"));
    }

    @Test
    void aScreenCanShowTheCameraWallWithASavedCameraLayout() throws IOException {
        Path file = dir.resolve("wall.json");
        Files.writeString(file, """
                {"screens": [
                  {"views": ["overview"]},
                  {"views": ["map"]},
                  {"views": [{"view": "cameras", "cameraLayout": "Traffic"}]},
                  {"views": [{"view": "cameras", "cameraLayout": "Traffic", "dwellSeconds": 10},
                             {"view": "cameras", "cameraLayout": "Night", "dwellSeconds": 10}]}
                ]}
                """);

        LayoutFile.Loaded loaded = files.read(file, fallback);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.layout().screens().get(2).day())
                .containsExactly(new PlaylistItem(Screen.CAMERAS, "Traffic", 0));
        assertThat(loaded.layout().screens().get(3).shows())
                .containsExactly(
                        new PlaylistItem(Screen.CAMERAS, "Traffic", 0), new PlaylistItem(Screen.CAMERAS, "Night", 0));
        files.write(file, loaded.layout());
        assertThat(files.read(file, fallback)).isEqualTo(loaded);
    }

    @Test
    void aCameraLayoutOnAnotherViewIsLeftOutWithANote() throws IOException {
        Path file = dir.resolve("wall.json");
        Files.writeString(file, """
                {"screens": [{"views": [{"view": "map", "cameraLayout": "Traffic"}]}]}
                """);

        LayoutFile.Loaded loaded = files.read(file, fallback);

        assertThat(loaded.layout().screens()).containsExactly(ScreenSlot.of(Screen.MAP));
        assertThat(loaded.problems())
                .singleElement()
                .asString()
                .contains("screens[0].views[0].cameraLayout", "only the cameras view");
    }
}
