package org.iocconsole.sync.cache;

import java.time.LocalDate;

/** The latest value of an indicator for one unit, with the start of the period it was reported for. */
public record UnitValue(String unitCode, double value, String period, LocalDate periodStart) {}
