package org.iocconsole.sync.connector;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A request to a source failed. {@link #kind()} says what to do about it; the message is plain text for the
 * source's status line and the log, and never holds a token. Thrown by every connector method.
 */
public final class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String sourceId;
    private final FailureKind kind;
    private final int httpStatus;
    private final transient Duration retryAfter;

    public SourceException(
            String sourceId, FailureKind kind, String message, int httpStatus, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public SourceException(String sourceId, FailureKind kind, String message) {
        this(sourceId, kind, message, 0, null, null);
    }

    /** The source the request was for. */
    public String sourceId() {
        return sourceId;
    }

    public FailureKind kind() {
        return kind;
    }

    /** The HTTP status of the answer, when there was one. */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** How long the server asked to wait before the next attempt ({@code Retry-After}), when it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
