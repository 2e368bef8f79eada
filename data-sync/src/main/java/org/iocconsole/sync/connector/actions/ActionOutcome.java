package org.iocconsole.sync.connector.actions;

/** What the server's answer to a pushed action means for the outbox row (the table of docs/api/actions.md). */
public enum ActionOutcome {
    /** 200 or 201 with {@code "status": "applied"}, also for a key seen before: mark the action sent. */
    APPLIED,
    /** 409: the target changed meanwhile or the action is no longer allowed; show it to the operator, never drop it. */
    CONFLICT,
    /** 400 or 422: malformed or refused; keep it with the message, never drop it. */
    REJECTED,
    /** 401 or 403: keep it pending and show the outbox as unauthorized. */
    UNAUTHORIZED,
    /**
     * 408, 429, 5xx, no answer, or an answer the table does not name: keep it pending and retry with backoff in order,
     * honouring {@code Retry-After}.
     */
    TRANSIENT
}
