package org.iocconsole.sync.cache;

import java.util.List;
import org.iocconsole.sync.model.CameraObservation;

/**
 * The camera states the console observed, one row per camera (table {@code camera_observation}). Written by the
 * camera wall when a state changes, read for counts of cameras without a picture. Portable SQL: an update, then an
 * insert when no row was there. Thread-safe; call off the FX thread.
 */
public final class CameraObservations {
    private final CacheDatabase database;

    public CameraObservations(CacheDatabase database) {
        this.database = database;
    }

    /** Stores the latest observation of a camera, replacing the one before. */
    public void record(CameraObservation observation) {
        database.jdbi().useTransaction(handle -> {
            int updated = handle.createUpdate("UPDATE camera_observation SET state = :state, down = :down, "
                            + "since = :since, observed_at = :observed WHERE camera_id = :id")
                    .bind("id", observation.cameraId())
                    .bind("state", observation.state())
                    .bind("down", observation.down())
                    .bind("since", Sql.utc(observation.since()))
                    .bind("observed", Sql.utc(observation.observedAt()))
                    .execute();
            if (updated == 0) {
                handle.createUpdate("INSERT INTO camera_observation (camera_id, state, down, since, observed_at) "
                                + "VALUES (:id, :state, :down, :since, :observed)")
                        .bind("id", observation.cameraId())
                        .bind("state", observation.state())
                        .bind("down", observation.down())
                        .bind("since", Sql.utc(observation.since()))
                        .bind("observed", Sql.utc(observation.observedAt()))
                        .execute();
            }
        });
    }

    /** Forgets a camera no tile plays any more. */
    public void forget(String cameraId) {
        database.jdbi().useHandle(handle -> handle.createUpdate("DELETE FROM camera_observation WHERE camera_id = :id")
                .bind("id", cameraId)
                .execute());
    }

    /** How many observed cameras give no picture. */
    public int downCount() {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM camera_observation WHERE down = TRUE")
                        .mapTo(Integer.class)
                        .one());
    }

    /** Every observation, by camera id. */
    public List<CameraObservation> all() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT camera_id, state, down, since, observed_at FROM camera_observation ORDER BY camera_id")
                .map((rs, ctx) -> new CameraObservation(
                        rs.getString("camera_id"),
                        rs.getString("state"),
                        rs.getBoolean("down"),
                        Sql.instant(rs, "since"),
                        Sql.instant(rs, "observed_at")))
                .list());
    }
}
