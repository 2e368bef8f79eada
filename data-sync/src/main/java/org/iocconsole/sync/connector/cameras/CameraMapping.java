package org.iocconsole.sync.connector.cameras;

import java.net.URI;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.LatLon;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.Wire;
import org.iocconsole.sync.connector.feed.FeedMapping;
import org.iocconsole.sync.model.Camera;

/**
 * Maps {@code cameras} items to {@link Camera}; relative stream and snapshot URLs resolve against the source URL,
 * and invalid coordinates leave the camera without a position. Stateless.
 */
final class CameraMapping implements FeedMapping<CameraDto, Camera> {

    @Override
    public Class<CameraDto> dtoType() {
        return CameraDto.class;
    }

    @Override
    public boolean deleted(CameraDto dto) {
        return Boolean.TRUE.equals(dto.deleted());
    }

    @Override
    public String key(CameraDto dto) {
        return dto.id();
    }

    @Override
    public Camera toModel(CameraDto dto, ItemRef ref, URI sourceUrl) throws MalformedResponseException {
        LatLon position = LatLon.of(dto.lat(), dto.lon());
        return new Camera(
                Wire.required(dto.id(), "id", ref),
                Wire.required(dto.name(), "name", ref),
                position == null ? null : position.lat(),
                position == null ? null : position.lon(),
                dto.group(),
                dto.unitCode(),
                Wire.choice(dto.streamKind(), Camera.StreamKind.class, "stream_kind", ref),
                Wire.resolveUrl(sourceUrl, dto.streamUrl()),
                Wire.resolveUrl(sourceUrl, dto.snapshotUrl()),
                Wire.choice(dto.status(), Camera.Status.class, "status", ref),
                Wire.requiredInstant(dto.updatedAt(), "updated_at", ref));
    }
}
