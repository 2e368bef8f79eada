package org.iocconsole.sync.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.jdbi.v3.core.Handle;

/**
 * Records an operator action: the local change, the outbox row and the audit entry in ONE transaction, so the
 * console shows the change at once and the action can never be lost or sent without having happened. Thread-safe;
 * call off the FX thread.
 */
public final class ActionRecorder {

    /** The change to the cached data that the action makes locally, inside the recorder's transaction. */
    @FunctionalInterface
    public interface LocalChange {
        void apply(Handle tx);
    }

    private final CacheDatabase database;
    private final OutboxRepository outbox;
    private final AuditLog audit;
    private final ObjectMapper mapper;

    public ActionRecorder(CacheDatabase database, OutboxRepository outbox, AuditLog audit, ObjectMapper mapper) {
        this.database = database;
        this.outbox = outbox;
        this.audit = audit;
        this.mapper = mapper;
    }

    /**
     * Applies the local change and queues the action.
     *
     * @return the action's idempotency key
     * @throws IllegalArgumentException when the payload cannot be written as JSON; nothing is changed then
     */
    public String record(OperatorAction action, LocalChange change) {
        String payload = json(action);
        String key = UUID.randomUUID().toString();
        database.jdbi().useTransaction(tx -> {
            change.apply(tx);
            outbox.enqueue(tx, key, action, payload);
            audit.append(tx, action.createdAt(), action.actor(), action.kind(), action.targetId(), payload);
        });
        return key;
    }

    private String json(OperatorAction action) {
        try {
            return mapper.writeValueAsString(action.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the payload of " + action.kind() + " is not plain JSON values", e);
        }
    }
}
