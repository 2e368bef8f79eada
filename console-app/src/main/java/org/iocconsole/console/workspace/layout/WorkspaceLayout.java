package org.iocconsole.console.workspace.layout;

import java.util.List;
import java.util.Objects;

/**
 * Which views go on which monitor, as data: saved per role and per machine.
 *
 * @param mode a wall of undecorated full-screen stages, or one window
 * @param screens in the monitors' order, left to right then top to bottom
 * @param schedule when the screens' night playlists take over
 */
public record WorkspaceLayout(String name, Mode mode, List<ScreenSlot> screens, DaySchedule schedule) {
    /** How the layout uses the monitors. */
    public enum Mode {
        /** Every monitor an undecorated full-screen stage: the operators' wall. */
        WALL,
        /** One compact window with every view a click away: a laptop. */
        WINDOW
    }

    public WorkspaceLayout {
        screens = List.copyOf(screens);
        Objects.requireNonNull(schedule, "schedule");
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("a layout fills at least one screen");
        }
    }

    /** A layout on the default day and night hours. */
    public WorkspaceLayout(String name, Mode mode, List<ScreenSlot> screens) {
        this(name, mode, screens, DaySchedule.DEFAULT);
    }
}
