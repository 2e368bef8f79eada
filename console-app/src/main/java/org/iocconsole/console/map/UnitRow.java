package org.iocconsole.console.map;

import org.iocconsole.console.common.SearchText;
import org.iocconsole.sync.model.AdminUnit;

/** A commune of the list with its search key (names and code folded), computed once per read. */
public record UnitRow(AdminUnit unit, String searchKey) {

    static UnitRow of(AdminUnit unit) {
        return new UnitRow(
                unit, SearchText.key(unit.nameVi(), unit.fullName(), unit.nameEn(), unit.nameAscii(), unit.code()));
    }
}
