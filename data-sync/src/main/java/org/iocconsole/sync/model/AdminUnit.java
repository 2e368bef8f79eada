package org.iocconsole.sync.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An administrative unit valid over a period. Codes are reused across periods, so {@code unitId}
 * ({@code level/code/valid_from}) is the key. The geometry stays GeoJSON text: the cache stores it and the map
 * parses it.
 */
public record AdminUnit(
        String unitId,
        String code,
        UnitLevel level,
        String nameVi,
        String nameEn,
        String fullName,
        String nameAscii,
        String type,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        String geometryGeoJson,
        Instant updatedAt) {

    public AdminUnit {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether the unit is in force on that day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
