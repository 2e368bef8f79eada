package org.iocconsole.console.workspace;

import org.iocconsole.console.common.Theme;
import org.iocconsole.sync.access.Role;

/**
 * How a console starts for each {@link Role}: the look and window that suit its users. A flag or the settings file can
 * still set each of them. Stateless.
 */
public final class RoleDefaults {
    private RoleDefaults() {}

    /** Operators at the wall or a desk read a dark theme; leaders, trainers and administrators a light one. */
    public static Theme theme(Role role) {
        return role == Role.OPERATOR ? Theme.DARK : Theme.LIGHT;
    }

    /**
     * Operators work at the wall (a stage per monitor), leaders in one compact window with tabs, trainers in a window
     * with the scenario controls beside it, administrators in a plain window.
     */
    public static WindowLayout layout(Role role) {
        return switch (role) {
            case OPERATOR -> WindowLayout.WALL;
            case LEADER -> WindowLayout.COMPACT;
            case TRAINER -> WindowLayout.TRAINER;
            case ADMIN -> WindowLayout.WINDOW;
        };
    }

    /** A trainer always works on the demo province, so a drill never writes to a live source. */
    public static boolean demo(Role role) {
        return role == Role.TRAINER;
    }
}
