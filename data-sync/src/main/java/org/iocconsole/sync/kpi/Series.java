package org.iocconsole.sync.kpi;

import java.time.YearMonth;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.iocconsole.sync.model.Aggregation;
import org.iocconsole.sync.model.Period;

/**
 * An indicator's figures for one unit, keyed by the first month of each period (a quarter's first month for a
 * quarterly indicator); a null value was reported missing. Immutable.
 *
 * @param unitChangedFrom the first month in the indicator's current unit when the unit changed; null otherwise
 * @param reformFrom the first month of the unit as it is now when earlier months were added up from the units it
 *     replaced; null when the unit did not change
 * @param combinableFrom the first month with a figure for the unit as it is now, when earlier figures of the units it
 *     replaced could not be combined; null when they could (or it did not change)
 */
public record Series(
        NavigableMap<YearMonth, Double> values,
        Period.Kind periodicity,
        Aggregation aggregation,
        ValidRange range,
        YearMonth unitChangedFrom,
        YearMonth reformFrom,
        YearMonth combinableFrom) {

    public Series {
        values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
        Objects.requireNonNull(periodicity, "periodicity");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(range, "range");
    }

    /** A monthly series without unit change or reform, with the aggregation's default range. */
    public static Series monthly(NavigableMap<YearMonth, Double> values, Aggregation aggregation) {
        return new Series(values, Period.Kind.MONTH, aggregation, ValidRange.defaultFor(aggregation), null, null, null);
    }

    public Series withPeriodicity(Period.Kind kind) {
        return new Series(values, kind, aggregation, range, unitChangedFrom, reformFrom, combinableFrom);
    }

    public Series withRange(ValidRange newRange) {
        return new Series(values, periodicity, aggregation, newRange, unitChangedFrom, reformFrom, combinableFrom);
    }

    public Series withUnitChangedFrom(YearMonth month) {
        return new Series(values, periodicity, aggregation, range, month, reformFrom, combinableFrom);
    }

    /** Whether a figure is a percentage, so changes are told in points. */
    public boolean inPoints() {
        return aggregation == Aggregation.MEAN;
    }
}
