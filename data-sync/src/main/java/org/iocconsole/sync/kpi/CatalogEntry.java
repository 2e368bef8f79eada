package org.iocconsole.sync.kpi;

import java.time.YearMonth;
import java.util.Objects;
import java.util.TreeMap;
import org.iocconsole.sync.model.Indicator;

/**
 * An indicator as the dashboards use it: the synced catalog entry with the local edits applied. Immutable.
 *
 * @param indicator the entry; its target and levels are the local ones where set
 * @param range the valid values: the aggregation's default narrowed by local bounds
 * @param unitChangedFrom the first month in the current unit when the unit changed; null otherwise
 * @param previousUnit the unit before that change; null otherwise
 */
public record CatalogEntry(Indicator indicator, ValidRange range, YearMonth unitChangedFrom, String previousUnit) {

    public CatalogEntry {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(range, "range");
    }

    public String code() {
        return indicator.code();
    }

    public Thresholds thresholds() {
        return new Thresholds(indicator.target(), indicator.warning(), indicator.critical());
    }

    /** The name in the language asked for, the Vietnamese one when there is no English name. */
    public String name(boolean english) {
        return english && indicator.nameEn() != null ? indicator.nameEn() : indicator.nameVi();
    }

    /** An empty series with this indicator's periodicity, aggregation, range and unit change. */
    public Series emptySeries() {
        return new Series(
                new TreeMap<>(), indicator.periodicity(), indicator.aggregation(), range, unitChangedFrom, null, null);
    }
}
