package org.iocconsole.sync.kpi;

/** Where a figure stands against its thresholds; the tile's colour. */
public enum KpiStatus {
    /** No value, or no thresholds to judge it by. */
    NONE,
    GOOD,
    WARNING,
    CRITICAL
}
