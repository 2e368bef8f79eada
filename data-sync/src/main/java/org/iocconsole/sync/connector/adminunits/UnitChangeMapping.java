package org.iocconsole.sync.connector.adminunits;

import java.net.URI;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.Wire;
import org.iocconsole.sync.connector.feed.FeedMapping;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/** Maps {@code admin-unit-changes} items to {@link UnitChange}. Stateless. */
final class UnitChangeMapping implements FeedMapping<UnitChangeDto, UnitChange> {

    @Override
    public Class<UnitChangeDto> dtoType() {
        return UnitChangeDto.class;
    }

    @Override
    public boolean deleted(UnitChangeDto dto) {
        return Boolean.TRUE.equals(dto.deleted());
    }

    @Override
    public String key(UnitChangeDto dto) {
        return dto.id();
    }

    @Override
    public UnitChange toModel(UnitChangeDto dto, ItemRef ref, URI sourceUrl) throws MalformedResponseException {
        String effective = Wire.required(dto.effectiveDate(), "effective_date", ref);
        return new UnitChange(
                Wire.required(dto.id(), "id", ref),
                Wire.choice(dto.level(), UnitLevel.class, "level", ref),
                Wire.required(dto.oldCode(), "old_code", ref),
                dto.oldName(),
                Wire.required(dto.newCode(), "new_code", ref),
                dto.newName(),
                Wire.choice(dto.relation(), UnitChange.Relation.class, "relation", ref),
                Wire.date(effective, "effective_date", ref),
                dto.legalBasis(),
                Wire.requiredInstant(dto.updatedAt(), "updated_at", ref));
    }
}
