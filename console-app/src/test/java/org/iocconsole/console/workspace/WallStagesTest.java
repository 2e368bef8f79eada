package org.iocconsole.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.ScreenSlot;
import org.iocconsole.console.workspace.layout.WorkspaceLayout;
import org.iocconsole.console.workspace.layout.WorkspaceLayout.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The wall on real stages: placement per monitor, a monitor unplugged and back, rotation, the kiosk's close. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WallStagesTest {
    private static final DisplayArea LEFT = new DisplayArea(0, 0, 960, 600);
    private static final DisplayArea RIGHT = new DisplayArea(960, 0, 960, 600);

    private final List<DisplayArea> monitors = new ArrayList<>(List.of(LEFT, RIGHT));
    private final AtomicBoolean mayLeave = new AtomicBoolean();
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
                    () -> List.copyOf(monitors),
                    mayLeave::get,
                    StackPane::new);
            wall.replan();
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

        monitors.remove(RIGHT);
        long start = System.nanoTime();
        robot.interact(wall::replan);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(millis).isLessThan(1_000);
        assertThat(wall.stages()).hasSize(1);
        assertThat(rightStage.isShowing()).isFalse();
        assertThat(wall.playlists()).containsExactly(List.of(Screen.OVERVIEW, Screen.DATA_SYNC, Screen.MAP));
        assertThat(wall.showing()).containsExactly(Screen.OVERVIEW);

        monitors.add(RIGHT);
        robot.interact(wall::replan);
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
    void theKioskKeepsItsStagesUnlessTheRoleMayLeave(FxRobot robot) {
        open(robot, twoScreens(30));
        Stage left = wall.stages().get(0);

        robot.interact(() -> left.fireEvent(new WindowEvent(left, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(left.isShowing()).isTrue();

        mayLeave.set(true);
        robot.interact(() -> left.fireEvent(new WindowEvent(left, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(left.isShowing()).isFalse();
    }
}
