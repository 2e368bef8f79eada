package org.iocconsole.console.map;

import java.util.ArrayList;
import java.util.List;
import org.iocconsole.console.common.SearchText;
import org.iocconsole.sync.model.AdminUnit;

/**
 * A unit of the list with its lineage and search key (names, lineage names and code folded), computed once per read.
 * {@code lineage} holds the names of the units it was formed from when the day is after a reform, or of the units it
 * went into when the day is before ({@code before} is then true), so a user searching an old name finds the new unit.
 */
public record UnitRow(AdminUnit unit, String searchKey, List<String> lineage, boolean before) {

    public UnitRow {
        lineage = List.copyOf(lineage);
    }

    static UnitRow of(AdminUnit unit) {
        return of(unit, List.of(), false);
    }

    static UnitRow of(AdminUnit unit, List<String> lineage, boolean before) {
        List<String> fields = new ArrayList<>(
                List.of(nz(unit.nameVi()), nz(unit.fullName()), nz(unit.nameEn()), nz(unit.nameAscii()), unit.code()));
        fields.addAll(lineage);
        return new UnitRow(unit, SearchText.key(fields.toArray(new String[0])), lineage, before);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
