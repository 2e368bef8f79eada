package org.iocconsole.sync.demo;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A misbehaviour the demo province shows once, to test how a client copes: an error status (optionally with
 * {@code Retry-After}), a stall before answering, or a connection cut in the middle of the body. Queue faults with
 * {@link FaultInjector#next(String, Fault)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fault {

    /** What the server does. */
    public enum Kind {
        /** Answers with {@link #status()} and an error body instead of the real answer. */
        STATUS,
        /** Waits {@link #stall()} (real time) without answering, then answers normally. */
        STALL,
        /** Sends the real headers, then only {@link #truncateAfterBytes()} bytes of the body, then cuts. */
        TRUNCATE
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;
    private final Duration stall;
    private final int truncateAfterBytes;

    private Fault(Kind kind, int status, Duration retryAfter, Duration stall, int truncateAfterBytes) {
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
        this.stall = stall;
        this.truncateAfterBytes = truncateAfterBytes;
    }

    /** Answer with this HTTP status (400 to 599) and an error body in the endpoint's error format. */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status is 400..599, was " + status);
        }
        return new Fault(Kind.STATUS, status, null, null, 0);
    }

    /** {@code 503} with {@code Retry-After} in whole seconds. */
    public static Fault unavailable(Duration retryAfter) {
        return status(503).withRetryAfter(retryAfter);
    }

    /** Keep the client waiting this long (real time) before answering normally. */
    public static Fault stall(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a stall lasts a positive time, was " + duration);
        }
        return new Fault(Kind.STALL, 0, null, duration, 0);
    }

    /** Send the real status and headers, then only the first {@code bytes} bytes of the body, then close. */
    public static Fault truncateAfter(int bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must be >= 0, was " + bytes);
        }
        return new Fault(Kind.TRUNCATE, 0, null, null, bytes);
    }

    /** This status fault with a {@code Retry-After} header in whole seconds. */
    public Fault withRetryAfter(Duration retryAfter) {
        if (kind != Kind.STATUS) {
            throw new IllegalStateException("Retry-After goes with a status fault");
        }
        Objects.requireNonNull(retryAfter, "retryAfter");
        return new Fault(kind, status, retryAfter, null, 0);
    }

    public Kind kind() {
        return kind;
    }

    /** The status of a {@link Kind#STATUS} fault, else 0. */
    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** How long a {@link Kind#STALL} fault waits, else null. */
    public Duration stall() {
        return stall;
    }

    /** How many body bytes a {@link Kind#TRUNCATE} fault lets through. */
    public int truncateAfterBytes() {
        return truncateAfterBytes;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STATUS -> "Fault[status " + status + (retryAfter == null ? "" : ", Retry-After " + retryAfter) + "]";
            case STALL -> "Fault[stall " + stall + "]";
            case TRUNCATE -> "Fault[truncate after " + truncateAfterBytes + " bytes]";
        };
    }
}
