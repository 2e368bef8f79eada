package org.iocconsole.sync.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One old-unit to new-unit pair of a reform; a split unit has several {@code partial} rows. */
public record UnitChange(
        String changeId,
        UnitLevel level,
        String oldCode,
        String oldName,
        String newCode,
        String newName,
        Relation relation,
        LocalDate effectiveDate,
        String legalBasis,
        Instant updatedAt) {

    /** Whether the whole old unit went into the new one. */
    public enum Relation {
        FULL,
        PARTIAL
    }

    public UnitChange {
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(oldCode, "oldCode");
        Objects.requireNonNull(newCode, "newCode");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
