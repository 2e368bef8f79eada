package org.iocconsole.sync.connector.statistics;

import java.net.URI;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.Wire;
import org.iocconsole.sync.connector.feed.FeedMapping;
import org.iocconsole.sync.model.DocumentStat;

/** Maps {@code document-stats} items to {@link DocumentStat}; the key is {@code unit_code|agency|period}. */
final class DocumentStatMapping implements FeedMapping<DocumentStatDto, DocumentStat> {

    @Override
    public Class<DocumentStatDto> dtoType() {
        return DocumentStatDto.class;
    }

    @Override
    public boolean deleted(DocumentStatDto dto) {
        return Boolean.TRUE.equals(dto.deleted());
    }

    @Override
    public String key(DocumentStatDto dto) {
        return StatKeys.key(dto.unitCode(), dto.agency(), dto.period());
    }

    @Override
    public DocumentStat toModel(DocumentStatDto dto, ItemRef ref, URI sourceUrl) throws MalformedResponseException {
        return new DocumentStat(
                Wire.required(dto.unitCode(), "unit_code", ref),
                Wire.required(dto.agency(), "agency", ref),
                Wire.period(dto.period(), "period", ref),
                Wire.count(dto.incoming(), "incoming", ref),
                Wire.count(dto.outgoing(), "outgoing", ref),
                Wire.count(dto.processedOnTime(), "processed_on_time", ref),
                Wire.count(dto.overdue(), "overdue", ref),
                Wire.requiredInstant(dto.updatedAt(), "updated_at", ref));
    }
}
