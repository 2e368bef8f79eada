package org.iocconsole.sync.connector.actions;

import java.time.Instant;
import java.util.Objects;

/**
 * An operator action as the outbox pushes it (docs/api/actions.md). Immutable.
 *
 * @param idempotencyKey the outbox row's key, the same on every attempt
 * @param kind {@code report.acknowledge}, {@code report.assign}, ...
 * @param target id of the report or alert
 * @param payloadJson the kind's payload as a JSON object text ({@code {}} when it has none)
 * @param actor the console user who acted
 * @param createdAt when the operator acted
 * @param baseUpdatedAt the target's {@code updated_datetime} the operator saw, or null
 */
public record OutgoingAction(
        String idempotencyKey,
        String kind,
        String target,
        String payloadJson,
        String actor,
        Instant createdAt,
        Instant baseUpdatedAt) {

    public OutgoingAction {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
