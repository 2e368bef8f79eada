package org.iocconsole.sync.kpi;

/**
 * An indicator's target and its warning and critical levels, each for one period of the indicator's periodicity;
 * any may be null. Immutable.
 */
public record Thresholds(Double target, Double warning, Double critical) {
    public static final Thresholds NONE = new Thresholds(null, null, null);

    /** For a sum over {@code periods} periods: every level multiplied by it. */
    public Thresholds times(int periods) {
        return new Thresholds(scaled(target, periods), scaled(warning, periods), scaled(critical, periods));
    }

    private static Double scaled(Double value, int factor) {
        return value == null ? null : value * factor;
    }
}
