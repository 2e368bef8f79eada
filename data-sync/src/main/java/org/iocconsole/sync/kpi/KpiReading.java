package org.iocconsole.sync.kpi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.iocconsole.sync.model.Aggregation;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Period;

/**
 * Everything a KPI tile shows for one indicator, unit and window. Immutable.
 *
 * @param thresholds the levels for this window (a sum over three months has three months' levels)
 * @param attainment the value as a percentage of the target; null without one (see {@code current} for why)
 * @param sparkline the last periods up to the window's end, oldest first, null for gaps
 */
public record KpiReading(
        Window window,
        Figure current,
        Change vsPrevious,
        Change vsLastYear,
        Thresholds thresholds,
        KpiStatus status,
        Double attainment,
        List<Double> sparkline) {

    /** Periods in the sparkline. */
    public static final int SPARKLINE_PERIODS = 24;

    public KpiReading {
        sparkline = Collections.unmodifiableList(new ArrayList<>(sparkline));
    }

    /**
     * Reads a series over a window: the value, its changes against the period before and the same period a year
     * earlier, its status against the indicator's thresholds (scaled for sums over several periods).
     */
    public static KpiReading of(Series series, Window window, Thresholds perPeriod, Indicator.Direction direction) {
        Figure current = KpiMath.aggregate(series, window);
        Window previousWindow = window.previous();
        Figure previous = previousWindow == null ? null : KpiMath.aggregate(series, previousWindow);
        Window lastYearWindow = window.sameLastYear();
        Figure lastYear = KpiMath.aggregate(series, lastYearWindow);
        Thresholds thresholds = series.aggregation() == Aggregation.SUM
                ? perPeriod.times(KpiMath.slots(series.periodicity(), window).size())
                : perPeriod;
        return new KpiReading(
                window,
                current,
                KpiMath.change(series, current, window, previous, previousWindow),
                KpiMath.change(series, current, window, lastYear, lastYearWindow),
                thresholds,
                KpiMath.status(current.value(), thresholds, direction),
                KpiMath.attainment(current.value(), thresholds.target()),
                KpiMath.sparkline(series, window, series.periodicity() == Period.Kind.MONTH ? SPARKLINE_PERIODS : 8));
    }

    /** Whether the target is zero, so no attainment percentage is given. */
    public boolean targetZero() {
        return thresholds.target() != null && thresholds.target() == 0;
    }
}
