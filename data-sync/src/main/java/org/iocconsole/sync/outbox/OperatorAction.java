package org.iocconsole.sync.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something an operator did that the province's API must learn of (docs/api/actions.md).
 *
 * @param kind for example {@code report.assign}
 * @param payload the kind's fields; plain JSON values only
 * @param baseUpdatedAt the target's update time the operator saw, for the API's conflict check; may be null
 */
public record OperatorAction(
        String kind,
        String targetId,
        Map<String, Object> payload,
        String actor,
        Instant createdAt,
        Instant baseUpdatedAt) {

    public OperatorAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
        payload = Map.copyOf(payload);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
