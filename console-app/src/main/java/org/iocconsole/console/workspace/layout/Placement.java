package org.iocconsole.console.workspace.layout;

import java.util.List;
import org.iocconsole.console.workspace.Screen;

/** The views one monitor shows now, in rotation when more than one. */
public record Placement(DisplayArea display, List<Screen> views, int dwellSeconds) {}
