package org.iocconsole.sync.cache;

import java.util.List;
import java.util.Locale;
import org.iocconsole.sync.model.Camera;

/** The camera registry as cached. Thread-safe; call off the FX thread. */
public final class CameraQueries {
    private final CacheDatabase database;

    public CameraQueries(CacheDatabase database) {
        this.database = database;
    }

    /** Every camera, by group then name. */
    public List<Camera> all() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT camera_id, name, lat, lon, "
                        + "group_name, unit_code, stream_kind, stream_url, snapshot_url, status, updated_at "
                        + "FROM camera ORDER BY group_name, name, camera_id")
                .map((rs, ctx) -> new Camera(
                        rs.getString("camera_id"),
                        rs.getString("name"),
                        Sql.nullableDouble(rs, "lat"),
                        Sql.nullableDouble(rs, "lon"),
                        rs.getString("group_name"),
                        rs.getString("unit_code"),
                        Camera.StreamKind.valueOf(rs.getString("stream_kind").toUpperCase(Locale.ROOT)),
                        rs.getString("stream_url"),
                        rs.getString("snapshot_url"),
                        Camera.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                        Sql.instant(rs, "updated_at")))
                .list());
    }
}
