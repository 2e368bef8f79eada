package org.iocconsole.sync.engine;

import java.time.Duration;

/**
 * How hard the engine insists on a failing source: retries within a run, the longest wait it accepts from a server,
 * and when a source is paused after repeated failures. Immutable.
 *
 * @param attempts tries of one request within a run (the first included)
 * @param firstBackoff the pause before the first retry; it doubles, with jitter, up to {@code maxBackoff}
 * @param maxRetryWait the longest {@code Retry-After} honoured within a run; a longer one ends the run and the source
 *     waits that long before its next scheduled run
 * @param breakerFailures failed requests in a row after which the source's circuit opens
 * @param breakerPause how long an open circuit keeps the source from being called
 */
public record SyncTiming(
        int attempts,
        Duration firstBackoff,
        Duration maxBackoff,
        Duration maxRetryWait,
        int breakerFailures,
        Duration breakerPause) {

    public SyncTiming {
        if (attempts < 1 || breakerFailures < 1) {
            throw new IllegalArgumentException("attempts and breaker failures must be at least 1");
        }
    }

    /** What a console uses: four tries spread over about ten seconds, a two-minute pause after eight failures. */
    public static SyncTiming defaults() {
        return new SyncTiming(
                4, Duration.ofSeconds(1), Duration.ofSeconds(15), Duration.ofMinutes(2), 8, Duration.ofMinutes(2));
    }
}
