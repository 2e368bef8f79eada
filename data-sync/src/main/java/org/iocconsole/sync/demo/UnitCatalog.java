package org.iocconsole.sync.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code admin-units.csv} indexed by level and code, once for units in force and once for ended ones. */
final class UnitCatalog {
    final List<UnitRow> rows;
    private final Map<String, UnitRow> current = new HashMap<>();
    private final Map<String, UnitRow> old = new HashMap<>();

    UnitCatalog(List<UnitRow> rows) {
        this.rows = List.copyOf(rows);
        for (UnitRow row : rows) {
            String key = row.level() + "/" + row.code();
            if (row.current()) {
                current.put(key, row);
            }
            // Units untouched by the reform have no end date and are their own predecessor.
            if (!row.current() || row.validFrom() == null) {
                old.putIfAbsent(key, row);
            }
        }
    }

    UnitRow current(String level, String code) {
        return require(current.get(level + "/" + code), "current", level, code);
    }

    UnitRow old(String level, String code) {
        return require(old.get(level + "/" + code), "pre-reform", level, code);
    }

    UnitRow findOld(String level, String code) {
        return old.get(level + "/" + code);
    }

    private static UnitRow require(UnitRow row, String which, String level, String code) {
        if (row == null) {
            throw new IllegalStateException("no " + which + " " + level + " " + code + " in admin-units.csv");
        }
        return row;
    }
}
