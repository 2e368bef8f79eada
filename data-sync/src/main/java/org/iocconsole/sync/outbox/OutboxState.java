package org.iocconsole.sync.outbox;

import java.util.Locale;

/** Where an operator action stands on its way to the province's API. */
public enum OutboxState {
    /** Waiting to be sent, or to be retried. */
    PENDING,
    /** The API applied it. */
    SENT,
    /** The API refused it because the target changed meanwhile; the operator must look at it. */
    CONFLICT,
    /** The API refused it as malformed or not allowed; the operator must look at it. */
    REJECTED;

    String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OutboxState fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
