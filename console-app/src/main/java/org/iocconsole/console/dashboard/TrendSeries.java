package org.iocconsole.console.dashboard;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;

/**
 * A monthly series for the time-series chart: {@code values[i]} is the figure of {@code first + i months} (the
 * period's first month for a quarterly indicator), NaN for a gap. Immutable.
 *
 * @param target the target line per period; null without one
 */
public record TrendSeries(String indicatorCode, YearMonth first, double[] values, Double target) {
    public static final TrendSeries EMPTY = new TrendSeries("", YearMonth.of(2000, 1), new double[0], null);

    public TrendSeries {
        values = values.clone();
    }

    public int size() {
        return values.length;
    }

    public double value(int index) {
        return values[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrendSeries t
                && t.indicatorCode.equals(indicatorCode)
                && t.first.equals(first)
                && Arrays.equals(t.values, values)
                && Objects.equals(t.target, target);
    }

    @Override
    public int hashCode() {
        return indicatorCode.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TrendSeries[" + indicatorCode + ", " + first + ", " + values.length + " periods]";
    }
}
