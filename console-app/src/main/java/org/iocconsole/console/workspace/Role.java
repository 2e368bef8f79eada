package org.iocconsole.console.workspace;

import org.iocconsole.console.common.Theme;

/**
 * Who uses this console. A role chooses the defaults that suit its users; a flag or the settings file can still set
 * each of them.
 */
public enum Role {
    /** IOC room staff at the wall or a desk: dark theme, full screen. */
    OPERATOR(Theme.DARK, WindowLayout.FULLSCREEN, false),
    /** Leaders on laptops: light theme, one window. */
    LEADER(Theme.LIGHT, WindowLayout.WINDOW, false),
    /** Trainers: the demo province in one window. */
    TRAINER(Theme.LIGHT, WindowLayout.WINDOW, true);

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
