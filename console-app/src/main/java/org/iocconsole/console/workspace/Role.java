package org.iocconsole.console.workspace;

import org.iocconsole.console.common.Theme;

/**
 * Who uses this console. A role chooses the defaults that suit its users; a flag or the settings file can still set
 * each of them.
 */
public enum Role {
    /** IOC room staff at the wall: dark theme, a stage per monitor. */
    OPERATOR(Theme.DARK, WindowLayout.WALL, false),
    /** Leaders on laptops: light theme, one compact window with tabs. */
    LEADER(Theme.LIGHT, WindowLayout.COMPACT, false),
    /** Trainers: the demo province in one window, scenario controls beside it. */
    TRAINER(Theme.LIGHT, WindowLayout.TRAINER, true);

    private final Theme theme;
    private final WindowLayout layout;
    private final boolean demo;

    Role(Theme theme, WindowLayout layout, boolean demo) {
        this.theme = theme;
        this.layout = layout;
        this.demo = demo;
    }

    public Theme theme() {
        return theme;
    }

    public WindowLayout layout() {
        return layout;
    }

    /** Whether the role always works on the demo province. */
    public boolean demo() {
        return demo;
    }
}
