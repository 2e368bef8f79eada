package org.iocconsole.console.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.iocconsole.console.common.VietnameseOrder;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.UnitChange;

/**
 * Where the communes of a day before a reform lie when their own outlines are not in the data (the communes before 1
 * July 2025 have none): on the outlines of the communes they became, each such area named by the former communes that
 * went into it. A former commune split between several new ones appears on each of them. Stateless.
 */
final class FormerOutlines {
    /** The prefix of an area's feature id, so that it never collides with a unit's code (codes are reused). */
    static final String AREA_PREFIX = "became:";

    /**
     * An area drawn for a day before a reform.
     *
     * @param successor the commune of {@code from} whose outline is drawn
     * @param former the communes in force on the day that went wholly or partly into it, in name order
     * @param from the day the successor came into force
     */
    record Area(AdminUnit successor, List<AdminUnit> former, LocalDate from) {
        Area {
            former = List.copyOf(former);
        }

        String featureId() {
            return AREA_PREFIX + successor.code();
        }

        /** The short names of the former communes, as the map labels the area. */
        String label() {
            return String.join(", ", former.stream().map(AdminUnit::nameVi).toList());
        }
    }

    private FormerOutlines() {}

    /**
     * The areas for the communes in force on {@code day} that have no outline of their own.
     *
     * @param communes the communes in force on {@code day}, with their outlines where known
     * @param changes the lineage of communes
     * @param outlinedOn the communes in force on a later day, with outlines (read from the cache once per day)
     * @return the areas keyed by feature id, in the successors' name order; empty when every commune has its outline
     */
    static Map<String, Area> of(
            List<AdminUnit> communes,
            List<UnitChange> changes,
            LocalDate day,
            Function<LocalDate, List<AdminUnit>> outlinedOn) {
        Map<String, AdminUnit> unoutlined = new HashMap<>();
        for (AdminUnit unit : communes) {
            if (unit.geometryGeoJson() == null || unit.geometryGeoJson().isBlank()) {
                unoutlined.put(unit.code(), unit);
            }
        }
        if (unoutlined.isEmpty()) {
            return Map.of();
        }
        // Each former commune goes to its successors of the first reform after the day.
        Map<String, LocalDate> nextReform = new HashMap<>();
        for (UnitChange change : changes) {
            if (change.effectiveDate().isAfter(day) && unoutlined.containsKey(change.oldCode())) {
                nextReform.merge(change.oldCode(), change.effectiveDate(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<LocalDate, Map<String, AdminUnit>> successorsOn = new HashMap<>();
        Map<String, AdminUnit> successors = new HashMap<>();
        Map<String, LocalDate> froms = new HashMap<>();
        Map<String, List<AdminUnit>> formerBySuccessor = new LinkedHashMap<>();
        for (UnitChange change : changes) {
            AdminUnit old = unoutlined.get(change.oldCode());
            if (old == null || !change.effectiveDate().equals(nextReform.get(change.oldCode()))) {
                continue;
            }
            AdminUnit successor = successorsOn
                    .computeIfAbsent(change.effectiveDate(), d -> outlined(outlinedOn.apply(d)))
                    .get(change.newCode());
            if (successor == null) {
                continue;
            }
            successors.put(successor.code(), successor);
            froms.put(successor.code(), change.effectiveDate());
            List<AdminUnit> former = formerBySuccessor.computeIfAbsent(successor.code(), k -> new ArrayList<>());
            if (!former.contains(old)) {
                former.add(old);
            }
        }
        Comparator<AdminUnit> byName =
                Comparator.comparing(AdminUnit::nameVi, VietnameseOrder.names()).thenComparing(AdminUnit::code);
        Map<String, Area> areas = new LinkedHashMap<>();
        formerBySuccessor.keySet().stream().map(successors::get).sorted(byName).forEach(successor -> {
            List<AdminUnit> former = new ArrayList<>(formerBySuccessor.get(successor.code()));
            former.sort(byName);
            Area area = new Area(successor, former, froms.get(successor.code()));
            areas.put(area.featureId(), area);
        });
        return areas;
    }

    private static Map<String, AdminUnit> outlined(List<AdminUnit> units) {
        Map<String, AdminUnit> byCode = new HashMap<>();
        for (AdminUnit unit : units) {
            if (unit.geometryGeoJson() != null && !unit.geometryGeoJson().isBlank()) {
                byCode.put(unit.code(), unit);
            }
        }
        return byCode;
    }
}
