package org.iocconsole.sync.connector.indicators;

import java.net.URI;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.Wire;
import org.iocconsole.sync.connector.feed.FeedMapping;
import org.iocconsole.sync.model.Aggregation;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Period;

/** Maps {@code indicators} items to {@link Indicator}. Stateless. */
final class IndicatorMapping implements FeedMapping<IndicatorDto, Indicator> {

    @Override
    public Class<IndicatorDto> dtoType() {
        return IndicatorDto.class;
    }

    @Override
    public boolean deleted(IndicatorDto dto) {
        return Boolean.TRUE.equals(dto.deleted());
    }

    @Override
    public String key(IndicatorDto dto) {
        return dto.code();
    }

    @Override
    public Indicator toModel(IndicatorDto dto, ItemRef ref, URI sourceUrl) throws MalformedResponseException {
        return new Indicator(
                Wire.required(dto.code(), "code", ref),
                Wire.required(dto.nameVi(), "name_vi", ref),
                dto.nameEn(),
                dto.category(),
                dto.unit(),
                Wire.choice(dto.direction(), Indicator.Direction.class, "direction", ref),
                Wire.choice(dto.periodicity(), Period.Kind.class, "periodicity", ref),
                dto.target(),
                dto.warning(),
                dto.critical(),
                Wire.requiredInstant(dto.updatedAt(), "updated_at", ref),
                dto.aggregation() == null
                        ? null
                        : Wire.choice(dto.aggregation(), Aggregation.class, "aggregation", ref));
    }
}
