package org.iocconsole.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.PlaylistItem;
import org.iocconsole.console.workspace.layout.ScreenSlot;
import org.iocconsole.console.workspace.layout.WorkspaceLayout;
import org.iocconsole.console.workspace.layout.WorkspaceLayout.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The wall on real stages: placement per monitor, a monitor unplugged and back, rotation, the kiosk's close, 4K type. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WallStagesTest {
    private static final DisplayArea LEFT = new DisplayArea(0, 0, 960, 600);
    private static final DisplayArea RIGHT = new DisplayArea(960, 0, 960, 600);

    private static final DisplayArea BOTTOM_LEFT = new DisplayArea(0, 600, 960, 600);
    private static final DisplayArea BOTTOM_RIGHT = new DisplayArea(960, 600, 960, 600);

    private final ObservableList<DisplayArea> monitors = FXCollections.observableArrayList(LEFT, RIGHT);
    private final AtomicBoolean permitted = new AtomicBoolean();
    private final AtomicBoolean confirmed = new AtomicBoolean(true);
    private final AtomicInteger left = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);
    private WallStages wall;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> wall.close());
    }

    private void open(FxRobot robot, WorkspaceLayout layout) {
        robot.interact(() -> {
            wall = new WallStages(
                    layout,
                    clock,
                    screen -> new Label(screen.slug()),
                    monitors,
                    new KioskGate(permitted::get, confirmed::get),
                    left::incrementAndGet,
                    StackPane::new);
            wall.open();
        });
    }

    private static WorkspaceLayout twoScreens(int dwell) {
        return new WorkspaceLayout(
                "test",
                Mode.WALL,
                List.of(new ScreenSlot(List.of(Screen.OVERVIEW, Screen.DATA_SYNC), dwell), ScreenSlot.of(Screen.MAP)));
    }

    @Test
    void eachMonitorGetsAnUndecoratedStageCoveringIt(FxRobot robot) {
        open(robot, twoScreens(30));

        assertThat(wall.showing()).containsExactly(Screen.OVERVIEW, Screen.MAP);
        Stage right = wall.stages().get(1);
        assertThat(right.isShowing()).isTrue();
        assertThat(List.of(right.getX(), right.getY(), right.getWidth(), right.getHeight()))
                .containsExactly(960.0, 0.0, 960.0, 600.0);
    }

    @Test
    void anUnpluggedMonitorsViewsMoveWithinASecondAndComeBack(FxRobot robot) {
        open(robot, twoScreens(30));
        Stage rightStage = wall.stages().get(1);

        long start = System.nanoTime();
        robot.interact(() -> monitors.remove(RIGHT));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(millis).isLessThan(1_000);
        assertThat(wall.stages()).hasSize(1);
        assertThat(rightStage.isShowing()).isFalse();
        assertThat(wall.playlists()).containsExactly(List.of(Screen.OVERVIEW, Screen.DATA_SYNC, Screen.MAP));
        assertThat(wall.showing()).containsExactly(Screen.OVERVIEW);

        robot.interact(() -> monitors.add(RIGHT));
        assertThat(wall.showing()).containsExactly(Screen.OVERVIEW, Screen.MAP);
        assertThat(((Label) ((StackPane) wall.stages().get(1).getScene().getRoot())
                                .getChildren()
                                .get(0))
                        .getText())
                .isEqualTo("map");
    }

    @Test
    void aRotationMovesOnAfterItsDwellOnTheClock(FxRobot robot) {
        open(robot, twoScreens(30));

        clock.advance(Duration.ofSeconds(29));
        robot.interact(wall::tick);
        assertThat(wall.showing()).containsExactly(Screen.OVERVIEW, Screen.MAP);
        clock.advance(Duration.ofSeconds(1));
        robot.interact(wall::tick);
        assertThat(wall.showing()).containsExactly(Screen.DATA_SYNC, Screen.MAP);
    }

    @Test
    void aCriticalAlertPreemptsTheFirstScreenAndItReturns(FxRobot robot) {
        open(robot, twoScreens(30));

        robot.interact(() -> wall.preempt(Screen.REPORTS, Duration.ofMinutes(2)));
        assertThat(wall.showing()).containsExactly(Screen.REPORTS, Screen.MAP);
        clock.advance(Duration.ofSeconds(90));
        robot.interact(wall::tick);
        assertThat(wall.showing().get(0)).isEqualTo(Screen.REPORTS);
        clock.advance(Duration.ofSeconds(30));
        robot.interact(wall::tick);
        // Two minutes on: the rotation is at its fifth turn, the overview.
        assertThat(wall.showing()).containsExactly(Screen.OVERVIEW, Screen.MAP);
    }

    @Test
    void oneTwoAndFourMonitorsEachGetTheirShareOfTheWall(FxRobot robot) {
        robot.interact(() -> monitors.setAll(LEFT));
        open(robot, fourScreens());
        assertThat(wall.stages()).hasSize(1);
        assertThat(wall.playlists())
                .containsExactly(List.of(Screen.OVERVIEW, Screen.MAP, Screen.CAMERAS, Screen.REPORTS));

        robot.interact(() -> monitors.setAll(LEFT, RIGHT));
        assertThat(wall.playlists())
                .containsExactly(List.of(Screen.OVERVIEW), List.of(Screen.MAP, Screen.CAMERAS, Screen.REPORTS));

        robot.interact(() -> monitors.setAll(BOTTOM_RIGHT, LEFT, BOTTOM_LEFT, RIGHT));
        assertThat(wall.showing()).containsExactly(Screen.OVERVIEW, Screen.MAP, Screen.CAMERAS, Screen.REPORTS);
        assertThat(wall.stages().get(3).getX()).isEqualTo(960.0);
        assertThat(wall.stages().get(3).getY()).isEqualTo(600.0);
        assertThat(wall.stages()).allMatch(Stage::isShowing);
    }

    @Test
    void aCriticalAlertsViewPreemptsTheScreenThatHasItInItsPlaylist(FxRobot robot) {
        open(robot, twoScreens(30));

        robot.interact(() -> wall.preempt(Screen.MAP, Duration.ofMinutes(1)));
        assertThat(wall.showing()).containsExactly(Screen.OVERVIEW, Screen.MAP);
        robot.interact(() -> wall.preempt(Screen.DATA_SYNC, Duration.ofMinutes(1)));
        assertThat(wall.showing()).containsExactly(Screen.DATA_SYNC, Screen.MAP);
    }

    @Test
    void theKioskKeepsItsStagesUnlessTheRoleMayLeaveAndConfirms(FxRobot robot) {
        open(robot, twoScreens(30));
        Stage first = wall.stages().get(0);

        robot.interact(() -> first.fireEvent(new WindowEvent(first, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(first.isShowing()).isTrue();
        assertThat(left).hasValue(0);

        permitted.set(true);
        confirmed.set(false);
        robot.interact(() -> first.fireEvent(new WindowEvent(first, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(first.isShowing()).isTrue();
        assertThat(left).hasValue(0);

        confirmed.set(true);
        robot.interact(() -> first.fireEvent(new WindowEvent(first, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(left).hasValue(1);
    }

    @Test
    void typeGrowsWithTheMonitorSoA4kWallReadsLikeFullHd(FxRobot robot) {
        // A 4K wall monitor right of a full-HD desk one. Not at the left edge: the headless test screen is 1280×800,
        // and Monocle copies a window that starts there and is wider than that screen past the end of its buffer.
        robot.interact(() -> monitors.setAll(new DisplayArea(1920, 0, 3840, 2160)));
        open(robot, twoScreens(30));

        assertThat(wall.stages().get(0).getScene().getRoot().getStyle()).contains("-fx-font-size: 36px");
    }

    private static WorkspaceLayout fourScreens() {
        return new WorkspaceLayout(
                "four",
                Mode.WALL,
                List.of(
                        ScreenSlot.of(Screen.OVERVIEW),
                        ScreenSlot.of(Screen.MAP),
                        ScreenSlot.of(Screen.CAMERAS),
                        ScreenSlot.of(Screen.REPORTS)));
    }

    @Test
    void aScreenShowsTheCameraWallWithItsNamedLayoutAndAnUnpluggedOneKeepsIt(FxRobot robot) {
        List<String> built = new java.util.ArrayList<>();
        ScreenFactory views = new ScreenFactory() {
            @Override
            public javafx.scene.Node create(Screen screen) {
                built.add(screen.slug());
                return new Label(screen.slug());
            }

            @Override
            public javafx.scene.Node create(Screen screen, String cameraLayout) {
                built.add(screen.slug() + ":" + cameraLayout);
                return new Label(screen.slug() + ":" + cameraLayout);
            }
        };
        WorkspaceLayout layout = new WorkspaceLayout(
                "cameras",
                Mode.WALL,
                List.of(
                        ScreenSlot.of(Screen.CAMERAS),
                        new ScreenSlot(List.of(new PlaylistItem(Screen.CAMERAS, "Traffic", 0)), List.of())));
        robot.interact(() -> {
            wall = new WallStages(
                    layout,
                    clock,
                    views,
                    monitors,
                    new KioskGate(permitted::get, confirmed::get),
                    left::incrementAndGet,
                    StackPane::new);
            wall.open();
        });

        assertThat(wall.showingItems())
                .containsExactly(new PlaylistItem(Screen.CAMERAS, 0), new PlaylistItem(Screen.CAMERAS, "Traffic", 0));
        assertThat(((Label) ((StackPane) wall.stages().get(1).getScene().getRoot())
                                .getChildren()
                                .get(0))
                        .getText())
                .isEqualTo("cameras:Traffic");

        robot.interact(() -> monitors.remove(RIGHT));
        // Both camera walls share the remaining monitor in turn; neither is lost nor built again.
        assertThat(wall.stages()).hasSize(1);
        robot.interact(() -> {
            clock.advance(Duration.ofSeconds(25));
            wall.tick();
        });
        assertThat(wall.showingItems()).containsExactly(new PlaylistItem(Screen.CAMERAS, "Traffic", 0));
        robot.interact(() -> monitors.add(RIGHT));
        assertThat(wall.showingItems())
                .containsExactly(new PlaylistItem(Screen.CAMERAS, 0), new PlaylistItem(Screen.CAMERAS, "Traffic", 0));
        assertThat(built).containsExactly("cameras", "cameras:Traffic");
    }
}
