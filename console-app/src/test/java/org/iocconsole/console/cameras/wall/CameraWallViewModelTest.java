package org.iocconsole.console.cameras.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.workspace.layout.LayoutFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wall's state without a toolkit: grids, drops, enlarging, tours and layouts saved to a real file. */
class CameraWallViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-22T01:02:03Z");

    @TempDir
    Path dir;

    private CameraWallViewModel vm() {
        CameraWallViewModel vm = new CameraWallViewModel(layouts(), Runnable::run, Runnable::run);
        vm.start();
        return vm;
    }

    private CameraLayouts layouts() {
        return new CameraLayouts(
                new LayoutFolder(dir, new MutableClock(NOW, ZoneOffset.UTC)), dir.resolve(CameraLayouts.OLD_FILE_NAME));
    }

    @Test
    void aDropPlaysACameraAndAGridChangeKeepsTheTilesInOrder() {
        CameraWallViewModel vm = vm();
        assertThat(vm.getAssigned()).hasSize(4).containsOnlyNulls();
        vm.assign(0, "CAM-1");
        vm.assign(3, "CAM-4");
        vm.setGrid(WallGrid.square(3));
        assertThat(vm.getAssigned()).hasSize(9).startsWith("CAM-1", null, null, "CAM-4");
        vm.setGrid(WallGrid.square(1));
        assertThat(vm.getAssigned()).containsExactly("CAM-1");
        vm.assign(5, "CAM-9");
        assertThat(vm.getAssigned()).containsExactly("CAM-1");
    }

    @Test
    void doubleClickEnlargesATileAndBack() {
        CameraWallViewModel vm = vm();
        vm.toggleEnlarged(2);
        assertThat(vm.enlargedProperty().get()).isEqualTo(2);
        vm.toggleEnlarged(2);
        assertThat(vm.enlargedProperty().get()).isEqualTo(-1);
        vm.toggleEnlarged(2);
        vm.setGrid(WallGrid.square(4));
        assertThat(vm.enlargedProperty().get()).isEqualTo(-1);
    }

    @Test
    void aTourRotatesTheGroupThroughTheTilesAndAManualDropEndsIt() {
        CameraWallViewModel vm = vm();
        vm.startTour(List.of("A", "B", "C", "D", "E", "F"));
        assertThat(vm.touringProperty().get()).isTrue();
        assertThat(vm.getAssigned()).containsExactly("A", "B", "C", "D");
        vm.advanceTour();
        assertThat(vm.getAssigned()).containsExactly("E", "F", null, null);
        vm.advanceTour();
        assertThat(vm.getAssigned()).containsExactly("A", "B", "C", "D");
        vm.assign(1, "X");
        assertThat(vm.touringProperty().get()).isFalse();
        vm.advanceTour();
        assertThat(vm.getAssigned()).containsExactly("A", "X", "C", "D");
        vm.startTour(List.of());
        assertThat(vm.noticeProperty().get().key()).isEqualTo("cameras.wall.tour.empty");
    }

    @Test
    void savedLayoutsComeBackInTheNextSession() {
        CameraWallViewModel first = vm();
        first.setGrid(WallGrid.focus(3, 2));
        first.assign(0, "CAM-1");
        first.assign(5, "CAM-6");
        first.save("  Ca sáng ");
        first.save("");
        assertThat(first.noticeProperty().get().key()).isEqualTo("cameras.wall.layouts.noname");

        CameraWallViewModel second = vm();
        assertThat(second.getLayouts()).hasSize(1);
        SavedLayout layout = second.getLayouts().get(0);
        assertThat(layout.name()).isEqualTo("Ca sáng");
        second.open(layout);
        assertThat(second.gridProperty().get()).isEqualTo(WallGrid.focus(3, 2));
        assertThat(second.getAssigned()).containsExactly("CAM-1", null, null, null, null, "CAM-6");
    }

    @Test
    void aLayoutThatCannotBeUsedIsLeftOutTheOriginalKeptAsideAndTheRestKept() throws Exception {
        Path file = layouts().file();
        Files.createDirectories(file.getParent());
        String original = "{\"layouts\": [{\"name\": \"x\", \"columns\": 2, \"rows\": 2, \"tiles\": "
                + "[{\"column\": 0, \"row\": 0, \"column_span\": 2, \"row_span\": 2},"
                + " {\"column\": 1, \"row\": 1}]},"
                + " {\"name\": \"one\", \"columns\": 1, \"rows\": 1, \"tiles\": [{\"column\": 0, \"row\": 0,"
                + " \"camera\": \"CAM-1\"}]}]}";
        Files.writeString(file, original);

        CameraWallViewModel vm = vm();

        assertThat(vm.noticeProperty().get().key()).isEqualTo("cameras.wall.layouts.unreadable");
        assertThat(vm.noticeProperty().get().detail())
                .contains("layouts[0]", "overlap", "cameras.json.bad-20261122-010203");
        assertThat(vm.getLayouts()).extracting(SavedLayout::name).containsExactly("one");
        assertThat(file.resolveSibling("cameras.json.bad-20261122-010203")).hasContent(original);
        assertThat(layouts().load().problems()).isEmpty();
        assertThat(layouts().load().layout()).extracting(SavedLayout::name).containsExactly("one");
    }

    @Test
    void aCorruptedLayoutsFileIsKeptAsideAndSavingStartsAFreshOne() throws Exception {
        Path file = layouts().file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"layouts\": [ ,, ");

        CameraWallViewModel vm = vm();

        assertThat(vm.noticeProperty().get().detail()).contains("line 1", "no saved camera layout is used");
        assertThat(vm.getLayouts()).isEmpty();
        vm.save("new");
        assertThat(file.resolveSibling("cameras.json.bad-20261122-010203")).hasContent("{\"layouts\": [ ,, ");
        assertThat(layouts().load().layout()).extracting(SavedLayout::name).containsExactly("new");
    }

    @Test
    void layoutsSavedBesideTheSourcesBeforeMoveIntoTheLayoutsFolder() throws Exception {
        Path old = dir.resolve(CameraLayouts.OLD_FILE_NAME);
        String saved = "{\"version\": 1, \"layouts\": [{\"name\": \"Traffic\", \"grid\": \"1x1\", \"columns\": 1,"
                + " \"rows\": 1, \"tiles\": [{\"column\": 0, \"row\": 0, \"camera\": \"CAM-7\"}]}]}";
        Files.writeString(old, saved);

        CameraWallViewModel vm = vm();

        assertThat(vm.noticeProperty().get()).isNull();
        assertThat(vm.getLayouts()).extracting(SavedLayout::name).containsExactly("Traffic");
        assertThat(layouts().file()).isEqualTo(dir.resolve("layouts").resolve("cameras.json"));
        assertThat(layouts().file()).hasContent(saved);
        assertThat(old).doesNotExist();
        assertThat(dir.resolve(CameraLayouts.OLD_FILE_NAME + ".moved")).hasContent(saved);
        vm.save("Night");
        assertThat(layouts().load().layout()).extracting(SavedLayout::name).containsExactly("Traffic", "Night");
    }

    @Test
    void aWallScreenOpensTheCameraLayoutItNames() {
        CameraWallViewModel first = vm();
        first.setGrid(WallGrid.square(1));
        first.assign(0, "CAM-7");
        first.save("Traffic");

        CameraWallViewModel screen = new CameraWallViewModel(layouts(), Runnable::run, Runnable::run);
        screen.start("traffic");
        assertThat(screen.gridProperty().get()).isEqualTo(WallGrid.square(1));
        assertThat(screen.getAssigned()).containsExactly("CAM-7");

        CameraWallViewModel missing = new CameraWallViewModel(layouts(), Runnable::run, Runnable::run);
        missing.start("Weather");
        assertThat(missing.noticeProperty().get())
                .isEqualTo(new CameraWallViewModel.Notice("wall.camera-layout.missing", "Weather"));
        assertThat(missing.getAssigned()).hasSize(4).containsOnlyNulls();
    }

    @Test
    void gridsRefuseTilesOutsideOrOverlapping() {
        assertThat(WallGrid.presets()).extracting(WallGrid::size).containsExactly(1, 4, 9, 16, 25, 6, 8);
        List<String> problems = Arrays.asList(
                message(() -> new WallGrid("x", 2, 2, List.of(new TileSpan(1, 1, 2, 1)))),
                message(() -> new WallGrid("x", 2, 2, List.of(new TileSpan(0, 0, 2, 2), new TileSpan(1, 1, 1, 1)))),
                message(() -> new WallGrid("x", 99, 2, List.of(new TileSpan(0, 0, 1, 1)))));
        assertThat(problems.get(0)).contains("outside");
        assertThat(problems.get(1)).contains("overlap");
        assertThat(problems.get(2)).contains("1 to 8");
    }

    private static String message(Runnable action) {
        try {
            action.run();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
