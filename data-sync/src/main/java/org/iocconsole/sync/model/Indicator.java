package org.iocconsole.sync.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An entry of the indicator catalog: what is measured, its unit, which way is better, its thresholds and how its
 * figures add up over periods; a null aggregation takes the unit's default.
 */
public record Indicator(
        String code,
        String nameVi,
        String nameEn,
        String category,
        String unit,
        Direction direction,
        Period.Kind periodicity,
        Double target,
        Double warning,
        Double critical,
        Instant updatedAt,
        Aggregation aggregation) {

    /** Whether a higher value is better. */
    public enum Direction {
        HIGHER_BETTER,
        LOWER_BETTER
    }

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(periodicity, "periodicity");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (aggregation == null) {
            aggregation = Aggregation.defaultFor(unit);
        }
    }

    /** An indicator whose aggregation follows from its unit ({@link Aggregation#defaultFor}). */
    public Indicator(
            String code,
            String nameVi,
            String nameEn,
            String category,
            String unit,
            Direction direction,
            Period.Kind periodicity,
            Double target,
            Double warning,
            Double critical,
            Instant updatedAt) {
        this(code, nameVi, nameEn, category, unit, direction, periodicity, target, warning, critical, updatedAt, null);
    }
}
