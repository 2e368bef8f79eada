package org.iocconsole.sync.connector.facilities;

import java.net.URI;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.LatLon;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.Wire;
import org.iocconsole.sync.connector.feed.FeedMapping;
import org.iocconsole.sync.model.Facility;

/** Maps {@code facilities} items to {@link Facility}; invalid coordinates leave it without a position. Stateless. */
final class FacilityMapping implements FeedMapping<FacilityDto, Facility> {

    @Override
    public Class<FacilityDto> dtoType() {
        return FacilityDto.class;
    }

    @Override
    public boolean deleted(FacilityDto dto) {
        return Boolean.TRUE.equals(dto.deleted());
    }

    @Override
    public String key(FacilityDto dto) {
        return dto.id();
    }

    @Override
    public Facility toModel(FacilityDto dto, ItemRef ref, URI sourceUrl) throws MalformedResponseException {
        LatLon position = LatLon.of(dto.lat(), dto.lon());
        if (dto.capacity() != null && dto.capacity() < 0) {
            throw ref.problem("capacity", dto.capacity() + " is negative");
        }
        return new Facility(
                Wire.required(dto.id(), "id", ref),
                Wire.required(dto.kind(), "kind", ref),
                Wire.required(dto.name(), "name", ref),
                position == null ? null : position.lat(),
                position == null ? null : position.lon(),
                dto.unitCode(),
                dto.address(),
                dto.capacity(),
                dto.phone(),
                Wire.requiredInstant(dto.updatedAt(), "updated_at", ref));
    }
}
