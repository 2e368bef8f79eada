package org.iocconsole.sync.connector.statistics;

import java.net.URI;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.Wire;
import org.iocconsole.sync.connector.feed.FeedMapping;
import org.iocconsole.sync.model.DossierStat;

/** Maps {@code dossier-stats} items to {@link DossierStat}; the key is {@code unit_code|agency|period}. */
final class DossierStatMapping implements FeedMapping<DossierStatDto, DossierStat> {

    @Override
    public Class<DossierStatDto> dtoType() {
        return DossierStatDto.class;
    }

    @Override
    public boolean deleted(DossierStatDto dto) {
        return Boolean.TRUE.equals(dto.deleted());
    }

    @Override
    public String key(DossierStatDto dto) {
        return StatKeys.key(dto.unitCode(), dto.agency(), dto.period());
    }

    @Override
    public DossierStat toModel(DossierStatDto dto, ItemRef ref, URI sourceUrl) throws MalformedResponseException {
        return new DossierStat(
                Wire.required(dto.unitCode(), "unit_code", ref),
                Wire.required(dto.agency(), "agency", ref),
                Wire.period(dto.period(), "period", ref),
                Wire.count(dto.received(), "received", ref),
                Wire.count(dto.resolved(), "resolved", ref),
                Wire.count(dto.resolvedOnTime(), "resolved_on_time", ref),
                Wire.count(dto.overdue(), "overdue", ref),
                Wire.count(dto.online(), "online", ref),
                Wire.requiredInstant(dto.updatedAt(), "updated_at", ref));
    }
}
