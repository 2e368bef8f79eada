package org.iocconsole.sync.cache;

import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.model.Camera;

final class CameraRows extends RowWriter<Camera> {
    CameraRows() {
        super(
                "camera",
                List.of("camera_id"),
                List.of(
                        "camera_id",
                        "name",
                        "lat",
                        "lon",
                        "group_name",
                        "unit_code",
                        "stream_kind",
                        "stream_url",
                        "snapshot_url",
                        "status",
                        "updated_at",
                        "synced_at"));
    }

    @Override
    String key(Camera row) {
        return row.cameraId();
    }

    @Override
    Object[] values(Camera row, Instant syncedAt) {
        return new Object[] {
            row.cameraId(),
            row.name(),
            row.lat(),
            row.lon(),
            row.group(),
            row.unitCode(),
            row.streamKind().wireName(),
            row.streamUrl(),
            row.snapshotUrl(),
            row.status().wireName(),
            Sql.utc(row.updatedAt()),
            Sql.utc(syncedAt)
        };
    }
}
