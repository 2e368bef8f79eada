package org.iocconsole.console.workspace;

/** How the console's window takes the screen it opens on. */
public enum WindowLayout {
    /** One window over most of the screen, with the system's decorations: laptops. */
    WINDOW,
    /** Full screen without decorations: walls and operators' desks. */
    FULLSCREEN
}
