package org.iocconsole.console.cameras.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wall's state without a toolkit: grids, drops, enlarging, tours and layouts saved to a real file. */
class CameraWallViewModelTest {
    @TempDir
    Path dir;

    private CameraWallViewModel vm() {
        CameraWallViewModel vm = new CameraWallViewModel(
                new LayoutStore(dir.resolve(LayoutStore.FILE_NAME)), Runnable::run, Runnable::run);
        vm.start();
        return vm;
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
    void anUnreadableLayoutsFileIsReportedAndKeptAsideNotOverwritten() throws Exception {
        Path file = dir.resolve(LayoutStore.FILE_NAME);
        Files.writeString(
                file,
                "{\"layouts\": [{\"name\": \"x\", \"columns\": 2, \"rows\": 2, \"tiles\": "
                        + "[{\"column\": 0, \"row\": 0, \"column_span\": 2, \"row_span\": 2},"
                        + " {\"column\": 1, \"row\": 1}]}]}");
        CameraWallViewModel vm = vm();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("cameras.wall.layouts.unreadable");
        assertThat(vm.noticeProperty().get().detail()).contains("layout 1", "overlap");
        vm.save("new");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith(LayoutStore.FILE_NAME + ".unreadable-"));
        }
        assertThat(new LayoutStore(file).load()).extracting(SavedLayout::name).containsExactly("new");
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
