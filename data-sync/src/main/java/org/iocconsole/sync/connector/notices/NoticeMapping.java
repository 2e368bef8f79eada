package org.iocconsole.sync.connector.notices;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.ServerMessages;
import org.iocconsole.sync.connector.Wire;
import org.iocconsole.sync.connector.feed.FeedMapping;
import org.iocconsole.sync.model.Notice;

/** Maps {@code notices} items to {@link Notice}; an area needs a polygon of at least three corners. Stateless. */
final class NoticeMapping implements FeedMapping<NoticeDto, Notice> {
    private static final Set<String> KINDS = Set.of(Notice.ALERT, Notice.AREA, Notice.MESSAGE);

    @Override
    public Class<NoticeDto> dtoType() {
        return NoticeDto.class;
    }

    @Override
    public boolean deleted(NoticeDto dto) {
        return Boolean.TRUE.equals(dto.deleted());
    }

    @Override
    public String key(NoticeDto dto) {
        return dto.id();
    }

    @Override
    public Notice toModel(NoticeDto dto, ItemRef ref, URI sourceUrl) throws MalformedResponseException {
        String kind = Wire.required(dto.kind(), "kind", ref);
        if (!KINDS.contains(kind)) {
            throw ref.problem("kind", ServerMessages.quote(kind) + " is not alert, area or message");
        }
        List<double[]> polygon = polygon(dto.polygon(), ref);
        if (kind.equals(Notice.AREA) && polygon.size() < 3) {
            throw ref.problem("polygon", "an area needs at least three corners");
        }
        return new Notice(
                Wire.required(dto.id(), "id", ref),
                kind,
                dto.level(),
                dto.areaKind(),
                texts(dto.title()),
                texts(dto.text()),
                dto.from(),
                dto.unitCode(),
                polygon,
                Wire.requiredInstant(dto.issuedAt(), "issued_at", ref),
                Wire.instant(dto.clearedAt(), "cleared_at", ref),
                Wire.requiredInstant(dto.updatedAt(), "updated_at", ref));
    }

    private static Notice.Texts texts(NoticeDto.TextsDto dto) {
        return dto == null ? Notice.Texts.NONE : new Notice.Texts(dto.vi(), dto.en());
    }

    private static List<double[]> polygon(List<List<Double>> corners, ItemRef ref) throws MalformedResponseException {
        List<double[]> polygon = new ArrayList<>();
        if (corners == null) {
            return polygon;
        }
        for (List<Double> corner : corners) {
            if (corner == null || corner.size() != 2 || corner.contains(null)) {
                throw ref.problem("polygon", "each corner must be [lon, lat]");
            }
            double lon = corner.get(0);
            double lat = corner.get(1);
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw ref.problem("polygon", "[" + lon + ", " + lat + "] is not a longitude and latitude");
            }
            polygon.add(new double[] {lon, lat});
        }
        return polygon;
    }
}
