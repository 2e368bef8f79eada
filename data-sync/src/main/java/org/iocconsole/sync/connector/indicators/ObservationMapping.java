package org.iocconsole.sync.connector.indicators;

import java.net.URI;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.Wire;
import org.iocconsole.sync.connector.feed.FeedMapping;
import org.iocconsole.sync.model.Observation;

/** Maps {@code observations} items to {@link Observation}; the key is {@code indicator|unit_code|period}. */
final class ObservationMapping implements FeedMapping<ObservationDto, Observation> {

    @Override
    public Class<ObservationDto> dtoType() {
        return ObservationDto.class;
    }

    @Override
    public boolean deleted(ObservationDto dto) {
        return Boolean.TRUE.equals(dto.deleted());
    }

    @Override
    public String key(ObservationDto dto) {
        if (dto.indicator() == null || dto.unitCode() == null || dto.period() == null) {
            return null;
        }
        return dto.indicator() + "|" + dto.unitCode() + "|" + dto.period();
    }

    @Override
    public Observation toModel(ObservationDto dto, ItemRef ref, URI sourceUrl) throws MalformedResponseException {
        return new Observation(
                Wire.required(dto.indicator(), "indicator", ref),
                Wire.required(dto.unitCode(), "unit_code", ref),
                Wire.period(dto.period(), "period", ref),
                dto.value(),
                Wire.requiredInstant(dto.updatedAt(), "updated_at", ref));
    }
}
