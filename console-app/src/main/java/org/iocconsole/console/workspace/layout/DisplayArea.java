package org.iocconsole.console.workspace.layout;

/** One detected monitor, in the desktop's coordinates; free of the toolkit so that plans can be tested without it. */
public record DisplayArea(double x, double y, double width, double height) {}
