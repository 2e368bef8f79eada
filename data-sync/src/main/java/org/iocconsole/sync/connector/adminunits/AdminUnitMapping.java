package org.iocconsole.sync.connector.adminunits;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.Wire;
import org.iocconsole.sync.connector.feed.FeedMapping;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.UnitLevel;

/** Maps {@code admin-units} items to {@link AdminUnit}; the geometry stays GeoJSON text. Stateless. */
final class AdminUnitMapping implements FeedMapping<AdminUnitDto, AdminUnit> {

    @Override
    public Class<AdminUnitDto> dtoType() {
        return AdminUnitDto.class;
    }

    @Override
    public boolean deleted(AdminUnitDto dto) {
        return Boolean.TRUE.equals(dto.deleted());
    }

    @Override
    public String key(AdminUnitDto dto) {
        return dto.id();
    }

    @Override
    public AdminUnit toModel(AdminUnitDto dto, ItemRef ref, URI sourceUrl) throws MalformedResponseException {
        return new AdminUnit(
                Wire.required(dto.id(), "id", ref),
                Wire.required(dto.code(), "code", ref),
                Wire.choice(dto.level(), UnitLevel.class, "level", ref),
                Wire.required(dto.name(), "name", ref),
                dto.nameEn(),
                dto.fullName(),
                dto.nameAscii(),
                dto.type(),
                dto.parentCode(),
                Wire.date(dto.validFrom(), "valid_from", ref),
                Wire.date(dto.validTo(), "valid_to", ref),
                geometry(dto.geometry(), ref),
                Wire.requiredInstant(dto.updatedAt(), "updated_at", ref));
    }

    private static String geometry(JsonNode geometry, ItemRef ref) throws MalformedResponseException {
        if (geometry == null || geometry.isNull()) {
            return null;
        }
        if (!geometry.isObject() || !geometry.path("type").isTextual()) {
            throw ref.problem("geometry", "must be a GeoJSON geometry object or null");
        }
        return geometry.toString();
    }
}
