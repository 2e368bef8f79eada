package org.iocconsole.sync.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import org.iocconsole.sync.model.Aggregation;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Period;

/**
 * The computations behind every KPI figure: a window's value, changes, status against thresholds and the sparkline.
 * Bad input never turns into a number: it becomes a gap or a withheld value with its {@link Note}. Stateless.
 */
public final class KpiMath {
    private KpiMath() {}

    /** The periods (by first month) of the series' periodicity that make up a window, widened to whole periods. */
    static List<YearMonth> slots(Period.Kind periodicity, Window window) {
        int step =
                switch (periodicity) {
                    case MONTH -> 1;
                    case QUARTER -> 3;
                    case YEAR -> 12;
                };
        YearMonth first = window.first().minusMonths((window.first().getMonthValue() - 1) % step);
        List<YearMonth> slots = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(window.last()); m = m.plusMonths(step)) {
            slots.add(m);
        }
        return slots;
    }

    /** The series' value over a window. */
    public static Figure aggregate(Series series, Window window) {
        List<YearMonth> slots = slots(series.periodicity(), window);
        YearMonth first = slots.get(0);
        int expected = slots.size();
        if (spans(series.unitChangedFrom(), first, window.last())) {
            return Figure.none(expected, Set.of(Note.UNIT_CHANGED));
        }
        if (series.combinableFrom() != null && first.isBefore(series.combinableFrom())) {
            return Figure.none(expected, Set.of(Note.NOT_COMBINABLE));
        }
        Set<Note> notes = EnumSet.noneOf(Note.class);
        if (series.reformFrom() != null && first.isBefore(series.reformFrom())) {
            notes.add(Note.REFORM_COMBINED);
        }
        int valid = 0;
        double sum = 0;
        Double last = null;
        for (YearMonth slot : slots) {
            Double value = series.values().get(slot);
            if (value == null) {
                continue;
            }
            if (!series.range().accepts(value)) {
                notes.add(Note.OUT_OF_RANGE);
                continue;
            }
            valid++;
            sum += value;
            last = value;
        }
        if (valid < expected) {
            notes.add(valid == 0 ? Note.NO_DATA : Note.MISSING_PERIODS);
        }
        if (valid == 0) {
            return Figure.none(expected, notes);
        }
        double value =
                switch (series.aggregation()) {
                    case SUM -> sum;
                    case MEAN -> sum / valid;
                    case LAST -> last;
                };
        return new Figure(value, valid, expected, notes);
    }

    /** Whether a unit change month falls after the first month and not after the last: the window mixes units. */
    private static boolean spans(YearMonth changeFrom, YearMonth first, YearMonth last) {
        return changeFrom != null && changeFrom.isAfter(first) && !changeFrom.isAfter(last);
    }

    /**
     * How {@code current} moved against {@code base} (the window before, or the same one a year earlier). Nothing is
     * told when either is missing or withheld, when a sum misses periods, or when the indicator changed unit between
     * them.
     */
    public static Change change(Series series, Figure current, Window currentWindow, Figure base, Window baseWindow) {
        if (base == null || baseWindow == null || current.value() == null || base.value() == null) {
            return Change.none(Set.of(Note.NO_DATA));
        }
        if (current.has(Note.UNIT_CHANGED)
                || base.has(Note.UNIT_CHANGED)
                || spans(series.unitChangedFrom(), baseWindow.first(), currentWindow.last())) {
            return Change.none(Set.of(Note.UNIT_CHANGED));
        }
        boolean sums = series.aggregation() == Aggregation.SUM;
        if (sums && (current.has(Note.MISSING_PERIODS) || base.has(Note.MISSING_PERIODS))) {
            return Change.none(Set.of(Note.MISSING_PERIODS));
        }
        double difference = current.value() - base.value();
        if (series.inPoints()) {
            return new Change(difference, null, true, Set.of());
        }
        if (base.value() == 0) {
            return new Change(difference, null, false, Set.of(Note.BASE_ZERO));
        }
        return new Change(difference, difference / Math.abs(base.value()) * 100, false, Set.of());
    }

    /**
     * Where a value stands: worse than critical, worse than warning, or not. Without a value or any threshold there is
     * no status.
     */
    public static KpiStatus status(Double value, Thresholds thresholds, Indicator.Direction direction) {
        if (value == null) {
            return KpiStatus.NONE;
        }
        if (worse(value, thresholds.critical(), direction)) {
            return KpiStatus.CRITICAL;
        }
        if (worse(value, thresholds.warning(), direction)) {
            return KpiStatus.WARNING;
        }
        if (thresholds.target() == null && thresholds.warning() == null && thresholds.critical() == null) {
            return KpiStatus.NONE;
        }
        if (thresholds.warning() == null
                && thresholds.critical() == null
                && worse(value, thresholds.target(), direction)) {
            return KpiStatus.WARNING;
        }
        return KpiStatus.GOOD;
    }

    private static boolean worse(double value, Double level, Indicator.Direction direction) {
        if (level == null) {
            return false;
        }
        return direction == Indicator.Direction.HIGHER_BETTER ? value < level : value > level;
    }

    /** The value as a percentage of the target; null without a value or target, or when the target is zero. */
    public static Double attainment(Double value, Double target) {
        if (value == null || target == null || target == 0) {
            return null;
        }
        return value / target * 100;
    }

    /**
     * The last {@code count} periods of the series up to the window's end, oldest first; gaps (missing, out of range,
     * not combinable) are null.
     */
    public static List<Double> sparkline(Series series, Window window, int count) {
        List<YearMonth> all = slots(series.periodicity(), new Window(PeriodView.MONTH, window.last(), window.last()));
        YearMonth end = all.get(all.size() - 1);
        int step = series.periodicity() == Period.Kind.MONTH ? 1 : series.periodicity() == Period.Kind.QUARTER ? 3 : 12;
        List<Double> points = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            YearMonth slot = end.minusMonths((long) i * step);
            Double value = series.values().get(slot);
            boolean hidden = series.combinableFrom() != null && slot.isBefore(series.combinableFrom());
            points.add(value == null || hidden || !series.range().accepts(value) ? null : value);
        }
        return points;
    }

    /**
     * The share of dossiers or documents handled on time over a window, from the counts of every month and unit in
     * it: the total on time over the total handled, never a mean of monthly rates.
     */
    public static Figure onTimeRate(NavigableMap<YearMonth, OnTimeCounts> months, Window window) {
        long onTime = 0;
        long handled = 0;
        int valid = 0;
        Set<Note> notes = EnumSet.noneOf(Note.class);
        for (YearMonth month : window.months()) {
            OnTimeCounts counts = months.get(month);
            if (counts == null) {
                continue;
            }
            if (!counts.valid()) {
                notes.add(Note.OUT_OF_RANGE);
                continue;
            }
            valid++;
            onTime += counts.onTime();
            handled += counts.handled();
        }
        if (valid < window.length()) {
            notes.add(valid == 0 ? Note.NO_DATA : Note.MISSING_PERIODS);
        }
        if (handled == 0) {
            notes.add(Note.NO_DATA);
            return Figure.none(window.length(), notes);
        }
        return new Figure(onTime * 100.0 / handled, valid, window.length(), notes);
    }
}
