package org.iocconsole.sync.alert;

import java.time.Instant;

/** An alert as stored (table {@code alert}). Immutable. */
public record Alert(
        String alertId,
        String ruleId,
        AlertKind kind,
        String subject,
        Severity severity,
        Double observed,
        Double threshold,
        AlertState state,
        Instant raisedAt,
        Instant updatedAt,
        String acknowledgedBy,
        Instant acknowledgedAt) {}
