package org.iocconsole.sync.demo;

import java.time.LocalDate;

/** One row of {@code admin-units.csv}: a unit code with its validity period. */
record UnitRow(
        String code,
        String name,
        String fullName,
        String nameAscii,
        String level,
        String type,
        String typeEn,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo) {

    /** The contract's key: {@code level/code/valid_from}, or {@code origin} when the start is not recorded. */
    String id() {
        return level + "/" + code + "/" + (validFrom == null ? "origin" : validFrom.toString());
    }

    /** Whether the unit is still in force (no end date). */
    boolean current() {
        return validTo == null;
    }

    /** The full name with its type word in lower case, as it is written after "UBND": "xã Đại Phúc". */
    String fullNameInSentence() {
        return fullName.isEmpty() ? fullName : Character.toLowerCase(fullName.charAt(0)) + fullName.substring(1);
    }
}
