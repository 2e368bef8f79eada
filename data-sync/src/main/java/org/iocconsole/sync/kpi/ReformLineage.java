package org.iocconsole.sync.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.iocconsole.sync.model.Aggregation;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/**
 * Makes a unit's series comparable across an administrative reform through the lineage table: before the reform the
 * unit's figures are those of the units that went wholly into it, added up month by month. Figures are never split
 * or averaged: when a predecessor went in only partly, or a rate would need weights, earlier months are withheld
 * ({@link Note#NOT_COMBINABLE}), and a month some predecessor did not report is a gap. Immutable; thread-safe.
 */
public final class ReformLineage {
    private final List<UnitChange> changes;

    public ReformLineage(List<UnitChange> changes) {
        this.changes = List.copyOf(changes);
    }

    /** The rows of the latest reform that formed {@code newCode}, by old code; empty when it did not change. */
    public List<UnitChange> predecessors(String newCode, UnitLevel level) {
        LocalDate latest = null;
        for (UnitChange c : changes) {
            if (c.newCode().equals(newCode) && c.level() == level) {
                latest = latest == null || c.effectiveDate().isAfter(latest) ? c.effectiveDate() : latest;
            }
        }
        List<UnitChange> rows = new ArrayList<>();
        for (UnitChange c : changes) {
            if (c.newCode().equals(newCode)
                    && c.level() == level
                    && c.effectiveDate().equals(latest)) {
                rows.add(c);
            }
        }
        rows.sort(Comparator.comparing(UnitChange::oldCode));
        return rows;
    }

    /** The first month that belongs wholly to the new unit. */
    static YearMonth firstMonthAfter(LocalDate effective) {
        YearMonth month = YearMonth.from(effective);
        return effective.getDayOfMonth() == 1 ? month : month.plusMonths(1);
    }

    /**
     * The series of {@code newCode} across its reform.
     *
     * @param byUnit figures by unit code (old and new codes; an old code may equal the new one), keyed like
     *     {@link Series#values()}
     * @param base the indicator's settings (periodicity, aggregation, range); its values are ignored
     */
    public Series combine(
            String newCode, UnitLevel level, Map<String, NavigableMap<YearMonth, Double>> byUnit, Series base) {
        List<UnitChange> rows = predecessors(newCode, level);
        NavigableMap<YearMonth, Double> own = byUnit.getOrDefault(newCode, new TreeMap<>());
        if (rows.isEmpty()) {
            return new Series(
                    own, base.periodicity(), base.aggregation(), base.range(), base.unitChangedFrom(), null, null);
        }
        YearMonth from = firstMonthAfter(rows.get(0).effectiveDate());
        NavigableMap<YearMonth, Double> values = new TreeMap<>(own.tailMap(from, true));
        boolean partial = rows.stream().anyMatch(r -> r.relation() == UnitChange.Relation.PARTIAL);
        boolean weighted = base.aggregation() == Aggregation.MEAN && rows.size() > 1;
        if (partial || weighted) {
            return new Series(
                    values, base.periodicity(), base.aggregation(), base.range(), base.unitChangedFrom(), null, from);
        }
        TreeSet<YearMonth> months = new TreeSet<>();
        for (UnitChange row : rows) {
            months.addAll(byUnit.getOrDefault(row.oldCode(), new TreeMap<>())
                    .headMap(from, false)
                    .keySet());
        }
        for (YearMonth month : months) {
            values.put(month, sumOf(rows, byUnit, month, base.range()));
        }
        return new Series(
                values, base.periodicity(), base.aggregation(), base.range(), base.unitChangedFrom(), from, null);
    }

    /** The month's total over every predecessor; null (a gap) unless each reported a valid figure. */
    private static Double sumOf(
            List<UnitChange> rows,
            Map<String, NavigableMap<YearMonth, Double>> byUnit,
            YearMonth month,
            ValidRange range) {
        double sum = 0;
        for (UnitChange row : rows) {
            Double value = byUnit.getOrDefault(row.oldCode(), new TreeMap<>()).get(month);
            if (value == null || !range.accepts(value)) {
                return null;
            }
            sum += value;
        }
        return sum;
    }
}
