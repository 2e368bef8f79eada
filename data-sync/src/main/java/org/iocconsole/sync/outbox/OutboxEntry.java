package org.iocconsole.sync.outbox;

import java.time.Instant;

/**
 * An action in the outbox.
 *
 * @param payloadJson the action's payload as the JSON object sent to the API
 * @param nextAttemptAt when a pending action may be tried again; null for at once
 */
public record OutboxEntry(
        long id,
        String idempotencyKey,
        String kind,
        String targetId,
        String payloadJson,
        String actor,
        Instant createdAt,
        Instant baseUpdatedAt,
        OutboxState state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant sentAt) {}
