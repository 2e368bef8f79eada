package org.iocconsole.sync.cache;

import java.time.Instant;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.jdbi.v3.core.Handle;

/** The statements on {@code sync_state}, always inside a caller's transaction. */
final class SyncStates {
    private static final int MAX_ERROR_LENGTH = 2000;

    private SyncStates() {}

    /** Creates the source's row on its first run; portable "insert if absent" without vendor syntax. */
    static void ensure(Handle handle, String sourceId, Contract contract) {
        handle.createUpdate("INSERT INTO sync_state (source_id, contract, rows_total, consecutive_failures) "
                        + "SELECT :id, :contract, 0, 0 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE source_id = :id)")
                .bind("id", sourceId)
                .bind("contract", contract.wireName())
                .execute();
    }

    static void moveCursor(Handle handle, String sourceId, Page<?> page, int rows, Instant syncedAt) {
        handle.createUpdate("UPDATE sync_state SET cursor_value = :cursor, etag = :etag, "
                        + "rows_total = rows_total + :rows WHERE source_id = :id")
                .bind("cursor", page.nextCursor())
                .bind("etag", page.etag())
                .bind("rows", rows)
                .bind("id", sourceId)
                .execute();
        if (!page.hasMore()) {
            markSuccess(handle, sourceId, syncedAt);
        }
    }

    static void markAttempt(Handle handle, String sourceId, Instant at) {
        handle.createUpdate("UPDATE sync_state SET last_attempt_at = :at WHERE source_id = :id")
                .bind("at", Sql.utc(at))
                .bind("id", sourceId)
                .execute();
    }

    static void markSuccess(Handle handle, String sourceId, Instant at) {
        handle.createUpdate("UPDATE sync_state SET last_success_at = :at, last_error = NULL, last_error_at = NULL, "
                        + "consecutive_failures = 0 WHERE source_id = :id")
                .bind("at", Sql.utc(at))
                .bind("id", sourceId)
                .execute();
    }

    static void markFailure(Handle handle, String sourceId, String message, Instant at) {
        handle.createUpdate("UPDATE sync_state SET last_error = :error, last_error_at = :at, "
                        + "consecutive_failures = consecutive_failures + 1 WHERE source_id = :id")
                .bind("error", Sql.clip(message, MAX_ERROR_LENGTH))
                .bind("at", Sql.utc(at))
                .bind("id", sourceId)
                .execute();
    }
}
