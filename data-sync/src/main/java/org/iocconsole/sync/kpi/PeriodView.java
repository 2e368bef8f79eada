package org.iocconsole.sync.kpi;

/** The period a dashboard shows figures for: one month, its quarter, its year, or the year up to it. */
public enum PeriodView {
    MONTH,
    QUARTER,
    YEAR,
    YEAR_TO_DATE
}
