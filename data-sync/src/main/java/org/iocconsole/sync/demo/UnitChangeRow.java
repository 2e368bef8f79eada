package org.iocconsole.sync.demo;

import java.time.LocalDate;

/** One row of {@code admin-unit-changes-2025.csv}: an old unit and one of its successors. */
record UnitChangeRow(
        String level,
        String oldCode,
        String oldName,
        String oldDistrictCode,
        String oldProvinceCode,
        String newCode,
        String newName,
        String newProvinceCode,
        String relation,
        LocalDate effectiveDate,
        String legalBasis) {

    /** The contract's key: {@code level/old_code/new_code/effective_date}. */
    String id() {
        return level + "/" + oldCode + "/" + newCode + "/" + effectiveDate;
    }
}
