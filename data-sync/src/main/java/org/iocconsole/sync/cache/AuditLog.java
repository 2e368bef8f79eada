package org.iocconsole.sync.cache;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The append-only audit log: rows are inserted, never changed. Thread-safe. */
public final class AuditLog {
    private final CacheDatabase database;

    public AuditLog(CacheDatabase database) {
        this.database = database;
    }

    /** Appends inside the caller's transaction, so the entry exists exactly when the action does. */
    public void append(Handle tx, Instant at, String actor, String action, String targetId, String detail) {
        tx.createUpdate("INSERT INTO audit_log (at, actor, action, target_id, detail) "
                        + "VALUES (:at, :actor, :action, :target, :detail)")
                .bind("at", Sql.utc(at))
                .bind("actor", actor)
                .bind("action", action)
                .bind("target", targetId)
                .bind("detail", detail)
                .execute();
    }

    /** The entries from {@code from} to {@code to} (both included), oldest first. */
    public List<AuditEntry> between(Instant from, Instant to) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT id, at, actor, action, target_id, detail FROM audit_log "
                                + "WHERE at >= :from AND at <= :to ORDER BY at, id")
                .bind("from", Sql.utc(from))
                .bind("to", Sql.utc(to))
                .map((rs, ctx) -> new AuditEntry(
                        rs.getLong("id"),
                        Sql.instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target_id"),
                        rs.getString("detail")))
                .list());
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT id, at, actor, action, target_id, detail FROM audit_log "
                                + "ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit)
                .map((rs, ctx) -> new AuditEntry(
                        rs.getLong("id"),
                        Sql.instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target_id"),
                        rs.getString("detail")))
                .list());
    }
}
