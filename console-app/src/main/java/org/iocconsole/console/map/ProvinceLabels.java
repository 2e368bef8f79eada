package org.iocconsole.console.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iocconsole.console.common.VietnameseOrder;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.UnitChange;

/**
 * The labels of provinces around a reform: on a day before it, a province that is to merge names what it becomes
 * ("Bắc Kạn → Thái Nguyên"); on a day after it, a merged province names what it was formed from ("Thái Nguyên ← Bắc
 * Kạn, Thái Nguyên"). A province whose name does not change and that took in no other keeps its plain name. The
 * lineage is data (the cache's unit changes), not code. Stateless.
 */
final class ProvinceLabels {
    private ProvinceLabels() {}

    /** Labels by province code for the units in force on {@code day}; units without lineage are absent. */
    static Map<String, String> of(List<AdminUnit> provinces, List<UnitChange> changes, LocalDate day) {
        Map<String, Set<String>> becomes = new HashMap<>();
        Map<String, Set<String>> formedFrom = new HashMap<>();
        for (UnitChange change : changes) {
            if (change.effectiveDate().isAfter(day)) {
                becomes.computeIfAbsent(change.oldCode(), k -> new LinkedHashSet<>())
                        .add(shortName(change.newName()));
            } else {
                formedFrom
                        .computeIfAbsent(change.newCode(), k -> new LinkedHashSet<>())
                        .add(shortName(change.oldName()));
            }
        }
        Map<String, String> labels = new HashMap<>();
        for (AdminUnit unit : provinces) {
            String name = unit.nameVi();
            Set<String> later = becomes.get(unit.code());
            Set<String> earlier = formedFrom.get(unit.code());
            if (later != null && !later.equals(Set.of(name))) {
                labels.put(unit.code(), name + " → " + String.join(", ", later));
            } else if (earlier != null && !earlier.equals(Set.of(name))) {
                List<String> sorted = new ArrayList<>(earlier);
                sorted.sort(VietnameseOrder.names());
                labels.put(unit.code(), name + " ← " + String.join(", ", sorted));
            }
        }
        return Map.copyOf(labels);
    }

    /** "Tỉnh Bắc Kạn" → "Bắc Kạn"; "Thành phố Hà Nội" → "Hà Nội": the changes carry full names, labels short ones. */
    static String shortName(String fullName) {
        if (fullName == null) {
            return "";
        }
        for (String prefix : List.of("Thành phố ", "Tỉnh ")) {
            if (fullName.startsWith(prefix)) {
                return fullName.substring(prefix.length());
            }
        }
        return fullName;
    }
}
