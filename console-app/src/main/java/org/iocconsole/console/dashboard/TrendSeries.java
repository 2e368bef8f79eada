package org.iocconsole.console.dashboard;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;

/**
 * A monthly series for the time-series chart: {@code values[i]} is the figure of {@code first + i months} (the
 * period's first month for a quarterly indicator), NaN for a gap. Immutable.
 *
 * @param target the target line per period; null without one
 * @param reform the first month in the units of the admin reform when the series runs across it (figures before it
 *     are the former units' added up through the lineage table); null otherwise
 */
public record TrendSeries(String indicatorCode, YearMonth first, double[] values, Double target, YearMonth reform) {
    public static final TrendSeries EMPTY = new TrendSeries("", YearMonth.of(2000, 1), new double[0], null);

    public TrendSeries {
        values = values.clone();
    }

    public TrendSeries(String indicatorCode, YearMonth first, double[] values, Double target) {
        this(indicatorCode, first, values, target, null);
    }

    /** The index of the reform's first month; -1 when the series does not run across it. */
    public int reformIndex() {
        if (reform == null) {
            return -1;
        }
        long index = (reform.getYear() - first.getYear()) * 12L + reform.getMonthValue() - first.getMonthValue();
        return index > 0 && index < values.length ? (int) index : -1;
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
                && Objects.equals(t.target, target)
                && Objects.equals(t.reform, reform);
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
