package org.iocconsole.sync.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The months a figure covers, first to last inclusive, and the view they were chosen for. Immutable.
 *
 * @param view what the window stands for; the previous window follows from it
 */
public record Window(PeriodView view, YearMonth first, YearMonth last) {

    public Window {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("window ends before it starts: " + first + ".." + last);
        }
    }

    /** The window of a view that contains (for year to date: ends with) {@code month}. */
    public static Window of(PeriodView view, YearMonth month) {
        return switch (view) {
            case MONTH -> new Window(view, month, month);
            case QUARTER -> {
                YearMonth start = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
                yield new Window(view, start, start.plusMonths(2));
            }
            case YEAR -> new Window(view, month.withMonth(1), month.withMonth(12));
            case YEAR_TO_DATE -> new Window(view, month.withMonth(1), month);
        };
    }

    /**
     * The period before: the month, quarter or year before; null for year to date, whose comparison is the same
     * months of the year before.
     */
    public Window previous() {
        return switch (view) {
            case MONTH -> shifted(1);
            case QUARTER -> shifted(3);
            case YEAR -> shifted(12);
            case YEAR_TO_DATE -> null;
        };
    }

    /** The same months one year earlier. */
    public Window sameLastYear() {
        return shifted(12);
    }

    /** Number of months covered. */
    public int length() {
        return (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
    }

    /** The months covered, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    private Window shifted(int months) {
        return new Window(view, first.minusMonths(months), last.minusMonths(months));
    }
}
