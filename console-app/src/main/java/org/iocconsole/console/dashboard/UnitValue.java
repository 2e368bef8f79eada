package org.iocconsole.console.dashboard;

import org.iocconsole.sync.kpi.Figure;

/** A commune's figure for the chart indicator, for the bars and the ranking. Immutable. */
public record UnitValue(String code, String name, Figure figure) {}
