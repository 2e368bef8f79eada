package org.iocconsole.console.workspace.layout;

import java.util.List;
import java.util.Locale;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.layout.WorkspaceLayout.Mode;
import org.iocconsole.sync.access.Role;

/** The layout a role starts with when none is saved, or when the saved one cannot be read. */
public final class DefaultLayouts {
    private static final int WALL_DWELL_SECONDS = 30;

    private DefaultLayouts() {}

    public static WorkspaceLayout forRole(Role role) {
        if (role == Role.OPERATOR) {
            // An IOC room: overview and sync state in rotation, then the map, cameras and the report queue.
            return new WorkspaceLayout(
                    "operator-wall",
                    Mode.WALL,
                    List.of(
                            new ScreenSlot(List.of(Screen.OVERVIEW, Screen.DATA_SYNC), WALL_DWELL_SECONDS),
                            ScreenSlot.of(Screen.MAP),
                            ScreenSlot.of(Screen.CAMERAS),
                            ScreenSlot.of(Screen.REPORTS)));
        }
        // Leaders, trainers and administrators work in one window, every view a click away.
        return new WorkspaceLayout(
                role.name().toLowerCase(Locale.ROOT) + "-window",
                Mode.WINDOW,
                List.of(new ScreenSlot(List.of(Screen.values()), 0)));
    }
}
