package org.iocconsole.console.workspace.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.layout.WorkspaceLayout.Mode;
import org.iocconsole.sync.access.Role;
import org.junit.jupiter.api.Test;

class ScreenPlanTest {
    private static final DisplayArea LEFT = new DisplayArea(0, 0, 1920, 1080);
    private static final DisplayArea RIGHT = new DisplayArea(1920, 0, 1920, 1080);
    private static final DisplayArea BOTTOM_LEFT = new DisplayArea(0, 1080, 1920, 1080);
    private static final DisplayArea BOTTOM_RIGHT = new DisplayArea(1920, 1080, 1920, 1080);

    private final WorkspaceLayout wall = DefaultLayouts.forRole(Role.OPERATOR);

    @Test
    void fourScreensOfAWallEachShowTheirOwnViewsInReadingOrder() {
        List<Placement> plan = ScreenPlan.assign(List.of(BOTTOM_RIGHT, RIGHT, BOTTOM_LEFT, LEFT), wall);

        assertThat(plan).extracting(Placement::display).containsExactly(LEFT, RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT);
        assertThat(plan)
                .extracting(Placement::views)
                .containsExactly(
                        List.of(Screen.OVERVIEW, Screen.DATA_SYNC),
                        List.of(Screen.MAP),
                        List.of(Screen.CAMERAS),
                        List.of(Screen.REPORTS));
    }

    @Test
    void withTwoScreensTheMissingViewsJoinTheLastScreensRotation() {
        List<Placement> plan = ScreenPlan.assign(List.of(LEFT, RIGHT), wall);

        assertThat(plan).hasSize(2);
        assertThat(plan.get(0).views()).containsExactly(Screen.OVERVIEW, Screen.DATA_SYNC);
        assertThat(plan.get(1).display()).isEqualTo(RIGHT);
        assertThat(plan.get(1).views()).containsExactly(Screen.MAP, Screen.CAMERAS, Screen.REPORTS);
        assertThat(plan.get(1).dwellSeconds()).isEqualTo(ScreenPlan.SHARED_DWELL_SECONDS);
    }

    @Test
    void oneScreenShowsEveryViewAndAReturningScreenGetsItsViewsBack() {
        List<Placement> unplugged = ScreenPlan.assign(List.of(LEFT), wall);
        List<Placement> back = ScreenPlan.assign(List.of(LEFT, RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT), wall);

        assertThat(unplugged).singleElement().satisfies(only -> assertThat(only.views())
                .containsExactly(Screen.OVERVIEW, Screen.DATA_SYNC, Screen.MAP, Screen.CAMERAS, Screen.REPORTS));
        assertThat(back).hasSize(4);
        assertThat(back.get(3).views()).containsExactly(Screen.REPORTS);
    }

    @Test
    void extraScreensStayFreeAndNoScreenGivesNoPlan() {
        WorkspaceLayout laptop = DefaultLayouts.forRole(Role.LEADER);

        assertThat(ScreenPlan.assign(List.of(LEFT, RIGHT), laptop))
                .singleElement()
                .satisfies(only -> assertThat(only.display()).isEqualTo(LEFT));
        assertThat(ScreenPlan.assign(List.of(), laptop)).isEmpty();
        assertThat(laptop.mode()).isEqualTo(Mode.WINDOW);
    }

    @Test
    void aScreenSlightlyLowerIsStillInTheSameRow() {
        DisplayArea lowerRight = new DisplayArea(1920, 200, 1280, 1024);

        assertThat(ScreenPlan.readingOrder(List.of(lowerRight, LEFT))).containsExactly(LEFT, lowerRight);
    }
}
