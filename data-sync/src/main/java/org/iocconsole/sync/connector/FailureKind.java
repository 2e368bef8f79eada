package org.iocconsole.sync.connector;

/** Why a request to a source failed; decides what the engine does next. */
public enum FailureKind {
    /**
     * Worth retrying with backoff: 5xx, 408, 429, timeouts, refused or reset connections, a body cut short. May carry
     * a {@code Retry-After}.
     */
    TRANSIENT(true),
    /** 401 or 403: the credentials were refused. Not retried until the token changes. */
    UNAUTHORIZED(false),
    /** Another 4xx: the request itself is wrong for this server (often the URL). Not retried. */
    CLIENT_ERROR(false),
    /** The answer does not follow the contract: bad JSON, wrong types, missing fields, bad timestamps or periods. */
    MALFORMED(false),
    /** The answer is larger than {@code max-response-mb}, or a page holds more items than allowed. */
    LIMIT_EXCEEDED(false),
    /** The source's settings prevent the request: its token cannot be read, or plain http is not allowed. */
    CONFIGURATION(false),
    /** The engine cancelled the request. Committed pages stay; nothing is wrong with the source. */
    CANCELLED(false);

    private final boolean retryable;

    FailureKind(boolean retryable) {
        this.retryable = retryable;
    }

    /** Whether retrying the same request soon may succeed. */
    public boolean retryable() {
        return retryable;
    }
}
