package org.iocconsole.sync.model;

import java.time.Instant;
import java.util.Objects;

/** A hospital, health station, school, police or fire station or shelter. {@code kind} is the contract's word. */
public record Facility(
        String facilityId,
        String kind,
        String name,
        Double lat,
        Double lon,
        String unitCode,
        String address,
        Integer capacity,
        String phone,
        Instant updatedAt) {

    public Facility {
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
