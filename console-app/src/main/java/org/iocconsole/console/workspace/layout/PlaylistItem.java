package org.iocconsole.console.workspace.layout;

import org.iocconsole.console.workspace.Screen;

/**
 * One turn of a screen's rotation: a view and how long it stays, in seconds (0 for a view that does not rotate).
 */
public record PlaylistItem(Screen view, int dwellSeconds) {}
