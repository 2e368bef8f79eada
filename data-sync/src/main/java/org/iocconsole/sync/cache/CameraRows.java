package org.iocconsole.sync.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    void bind(PreparedStatement ps, Camera row, Instant syncedAt) throws SQLException {
        ps.setString(1, row.cameraId());
        ps.setString(2, row.name());
        Sql.setDouble(ps, 3, row.lat());
        Sql.setDouble(ps, 4, row.lon());
        ps.setString(5, row.group());
        ps.setString(6, row.unitCode());
        ps.setString(7, row.streamKind().wireName());
        ps.setString(8, row.streamUrl());
        ps.setString(9, row.snapshotUrl());
        ps.setString(10, row.status().wireName());
        Sql.setInstant(ps, 11, row.updatedAt());
        Sql.setInstant(ps, 12, syncedAt);
    }
}
