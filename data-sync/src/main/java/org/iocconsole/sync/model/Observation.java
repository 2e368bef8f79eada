package org.iocconsole.sync.model;

import java.time.Instant;
import java.util.Objects;

/** One value of an indicator for a unit and period; {@code value} is null when reported missing. */
public record Observation(String indicatorCode, String unitCode, Period period, Double value, Instant updatedAt) {

    public Observation {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
