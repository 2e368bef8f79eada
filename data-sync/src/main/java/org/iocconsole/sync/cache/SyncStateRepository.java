package org.iocconsole.sync.cache;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.SyncState;

/** Reads the sync state of sources: where each resumes and how its last runs went. Thread-safe. */
public final class SyncStateRepository {
    private static final String SELECT = "SELECT source_id, contract, cursor_value, etag, last_attempt_at, "
            + "last_success_at, last_error, last_error_at, rows_total, consecutive_failures FROM sync_state";

    private final CacheDatabase database;

    public SyncStateRepository(CacheDatabase database) {
        this.database = database;
    }

    /** The state of one source, empty when it never ran. */
    public Optional<SyncState> find(String sourceId) {
        return database.jdbi().withHandle(handle -> handle.createQuery(SELECT + " WHERE source_id = :id")
                .bind("id", sourceId)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    /** Every source that ever ran, by id. */
    public List<SyncState> all() {
        return database.jdbi().withHandle(handle -> handle.createQuery(SELECT + " ORDER BY source_id")
                .map((rs, ctx) -> read(rs))
                .list());
    }

    private static SyncState read(ResultSet rs) throws SQLException {
        return new SyncState(
                rs.getString("source_id"),
                Contract.fromWire(rs.getString("contract")),
                rs.getString("cursor_value"),
                rs.getString("etag"),
                Sql.instant(rs, "last_attempt_at"),
                Sql.instant(rs, "last_success_at"),
                rs.getString("last_error"),
                Sql.instant(rs, "last_error_at"),
                rs.getLong("rows_total"),
                rs.getInt("consecutive_failures"));
    }
}
