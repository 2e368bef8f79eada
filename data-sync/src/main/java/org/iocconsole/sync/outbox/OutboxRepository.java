package org.iocconsole.sync.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.Sql;
import org.jdbi.v3.core.Handle;

/**
 * The outbox table: operator actions kept until the API has them, in the order they were taken. Thread-safe.
 */
public final class OutboxRepository {
    private static final String SELECT = "SELECT id, idempotency_key, kind, target_id, payload, actor, created_at, "
            + "base_updated_at, state, attempts, next_attempt_at, last_error, sent_at FROM outbox";
    private static final int MAX_ERROR_LENGTH = 2000;

    private final CacheDatabase database;

    public OutboxRepository(CacheDatabase database) {
        this.database = database;
    }

    /** Adds an action inside the caller's transaction, the one that makes the local change. */
    long enqueue(Handle tx, String idempotencyKey, OperatorAction action, String payloadJson) {
        return tx.createUpdate("INSERT INTO outbox (idempotency_key, kind, target_id, payload, actor, created_at, "
                        + "base_updated_at, state, attempts) VALUES (:key, :kind, :target, :payload, :actor, "
                        + ":created, :base, :state, 0)")
                .bind("key", idempotencyKey)
                .bind("kind", action.kind())
                .bind("target", action.targetId())
                .bind("payload", payloadJson)
                .bind("actor", action.actor())
                .bind("created", Sql.utc(action.createdAt()))
                .bind("base", Sql.utc(action.baseUpdatedAt()))
                .bind("state", OutboxState.PENDING.dbName())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** The oldest pending action: actions leave in the order they were taken, so later ones wait behind it. */
    public Optional<OutboxEntry> head() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        SELECT + " WHERE state = :state ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .bind("state", OutboxState.PENDING.dbName())
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    /** Pending actions, oldest first. */
    public List<OutboxEntry> pending() {
        return listIn(List.of(OutboxState.PENDING));
    }

    /** Actions the API refused, oldest first: the operator has to see them. */
    public List<OutboxEntry> needingAttention() {
        return listIn(List.of(OutboxState.CONFLICT, OutboxState.REJECTED));
    }

    private List<OutboxEntry> listIn(List<OutboxState> states) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        SELECT + " WHERE state IN (<states>) ORDER BY id")
                .bindList("states", states.stream().map(OutboxState::dbName).toList())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    public OutboxCounts counts() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT "
                        + "SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END) AS pending, "
                        + "SUM(CASE WHEN state = 'conflict' THEN 1 ELSE 0 END) AS conflicts, "
                        + "SUM(CASE WHEN state = 'rejected' THEN 1 ELSE 0 END) AS rejected FROM outbox")
                .map((rs, ctx) -> new OutboxCounts(rs.getInt("pending"), rs.getInt("conflicts"), rs.getInt("rejected")))
                .one());
    }

    public void markSent(long id, Instant at) {
        finish(id, OutboxState.SENT, null, at);
    }

    public void markConflict(long id, String message) {
        finish(id, OutboxState.CONFLICT, message, null);
    }

    public void markRejected(long id, String message) {
        finish(id, OutboxState.REJECTED, message, null);
    }

    /** The action stays pending and is tried again at {@code nextAttemptAt}. */
    public void markRetry(long id, String error, Instant nextAttemptAt) {
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE outbox SET attempts = attempts + 1, "
                        + "last_error = :error, next_attempt_at = :next WHERE id = :id")
                .bind("error", Sql.clip(error, MAX_ERROR_LENGTH))
                .bind("next", Sql.utc(nextAttemptAt))
                .bind("id", id)
                .execute());
    }

    private void finish(long id, OutboxState state, String message, Instant sentAt) {
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE outbox SET state = :state, "
                        + "attempts = attempts + 1, last_error = :error, sent_at = :sent WHERE id = :id")
                .bind("state", state.dbName())
                .bind("error", Sql.clip(message, MAX_ERROR_LENGTH))
                .bind("sent", Sql.utc(sentAt))
                .bind("id", id)
                .execute());
    }

    private static OutboxEntry read(ResultSet rs) throws SQLException {
        return new OutboxEntry(
                rs.getLong("id"),
                rs.getString("idempotency_key"),
                rs.getString("kind"),
                rs.getString("target_id"),
                rs.getString("payload"),
                rs.getString("actor"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "base_updated_at"),
                OutboxState.fromDb(rs.getString("state")),
                rs.getInt("attempts"),
                Sql.instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                Sql.instant(rs, "sent_at"));
    }
}
