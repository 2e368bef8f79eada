package org.iocconsole.console.cameras.stream;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts, backoff and bounds of the camera players. Immutable.
 *
 * @param connectTimeout how long a TCP connection may take
 * @param stallTimeout how long a connection may go without a whole frame (or without answering) before the tile
 *     shows "no signal" and reconnects
 * @param backoff the wait before reconnect attempt n (1, 2, ...), in milliseconds
 * @param maxStreams how many streams may read at once; one thread each
 * @param limits the bounds of one multipart part
 */
public record StreamSettings(
        Duration connectTimeout, Duration stallTimeout, IntervalFunction backoff, int maxStreams, PartLimits limits) {

    public StreamSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(stallTimeout, "stallTimeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(limits, "limits");
        if (maxStreams < 1) {
            throw new IllegalArgumentException("maxStreams must be positive");
        }
    }

    /** 3 s to connect, 5 s stall timeout, backoff from 1 s doubling to 30 s with 20 % jitter, 48 streams. */
    public static StreamSettings defaults() {
        return new StreamSettings(
                Duration.ofSeconds(3),
                Duration.ofSeconds(5),
                IntervalFunction.ofExponentialRandomBackoff(Duration.ofSeconds(1), 2.0, 0.2, Duration.ofSeconds(30)),
                48,
                PartLimits.defaults());
    }

    public StreamSettings withStallTimeout(Duration timeout) {
        return new StreamSettings(connectTimeout, timeout, backoff, maxStreams, limits);
    }

    public StreamSettings withBackoff(IntervalFunction newBackoff) {
        return new StreamSettings(connectTimeout, stallTimeout, newBackoff, maxStreams, limits);
    }

    public StreamSettings withLimits(PartLimits newLimits) {
        return new StreamSettings(connectTimeout, stallTimeout, backoff, maxStreams, newLimits);
    }
}
