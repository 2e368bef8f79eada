package org.iocconsole.console.workspace;

/** How the console's window takes the screen it opens on. */
public enum WindowLayout {
    /** One window over most of the screen, with the system's decorations: laptops. */
    WINDOW,
    /** Full screen without decorations: walls and operators' desks. */
    FULLSCREEN,
    /** Every monitor an undecorated full-screen stage showing the saved layout's views: the operators' wall. */
    WALL,
    /** One compact window with the views as tabs along the top: a leader's laptop. */
    COMPACT,
    /** The console in a window with a panel for the scenario controls beside it: a trainer's drill. */
    TRAINER
}
