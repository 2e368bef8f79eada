package org.iocconsole.sync.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/**
 * Series of indicators for units as they are now, made comparable across the reform through the lineage table, read
 * from the cache. Thread-safe; blocking, call off the FX thread.
 */
public final class KpiService {
    private final KpiQueries queries;

    public KpiService(KpiQueries queries) {
        this.queries = queries;
    }

    public KpiQueries queries() {
        return queries;
    }

    /** The lineage table as it stands now; read once per refresh. */
    public ReformLineage lineage() {
        return new ReformLineage(queries.unitChanges());
    }

    /** The series of one indicator for each unit given (codes of units as they are now), in the order given. */
    public Map<String, Series> series(
            CatalogEntry entry, List<String> unitCodes, UnitLevel level, ReformLineage lineage) {
        Set<String> codes = new LinkedHashSet<>(unitCodes);
        for (String unit : unitCodes) {
            lineage.predecessors(unit, level).forEach(row -> codes.add(row.oldCode()));
        }
        Map<String, NavigableMap<YearMonth, Double>> figures = queries.figures(entry.code(), codes);
        Map<String, Series> byUnit = new LinkedHashMap<>();
        for (String unit : unitCodes) {
            byUnit.put(unit, lineage.combine(unit, level, figures, entry.emptySeries()));
        }
        return byUnit;
    }

    /**
     * The share of dossiers (or documents) handled on time in a unit over a window, summing the counts of the units
     * it was formed from before the reform; months before the reform are left out when a predecessor went in only
     * partly.
     *
     * @param unitCode the unit as it is now; null for every unit in the cache
     */
    public Figure onTime(boolean dossiers, String unitCode, UnitLevel level, ReformLineage lineage, Window window) {
        List<String> codes = new ArrayList<>();
        YearMonth from = null;
        if (unitCode != null) {
            codes.add(unitCode);
            List<UnitChange> rows = lineage.predecessors(unitCode, level);
            if (!rows.isEmpty()) {
                if (rows.stream().anyMatch(r -> r.relation() == UnitChange.Relation.PARTIAL)) {
                    from = ReformLineage.firstMonthAfter(rows.get(0).effectiveDate());
                } else {
                    rows.forEach(r -> codes.add(r.oldCode()));
                }
            }
        }
        Map<String, NavigableMap<YearMonth, OnTimeCounts>> byUnit = unitCode == null
                ? (dossiers ? queries.allDossiersOnTime() : queries.allDocumentsOnTime())
                : (dossiers ? queries.dossiersOnTime(codes) : queries.documentsOnTime(codes));
        NavigableMap<YearMonth, OnTimeCounts> total = new TreeMap<>();
        for (NavigableMap<YearMonth, OnTimeCounts> months : byUnit.values()) {
            months.forEach((month, counts) -> total.merge(month, counts, OnTimeCounts::plus));
        }
        if (from != null && window.first().isBefore(from)) {
            return Figure.none(window.length(), Set.of(Note.NOT_COMBINABLE));
        }
        return KpiMath.onTimeRate(total, window);
    }
}
