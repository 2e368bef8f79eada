package org.iocconsole.console.common;

import java.time.Duration;
import java.time.Instant;

/**
 * How fresh some figures are: "as of" the oldest last success among the sources they come from.
 *
 * @param asOf the oldest last success among the sources that ever succeeded, or null when none did
 * @param stale whether {@code asOf} is older than the threshold
 */
public record DataFreshness(Instant asOf, boolean stale) {
    /** No source has succeeded yet. */
    public static final DataFreshness NONE = new DataFreshness(null, false);

    /** The freshness of figures of that date at {@code now}; null means no date. */
    public static DataFreshness at(Instant asOf, Instant now, Duration staleAfter) {
        return asOf == null ? NONE : new DataFreshness(asOf, isStale(asOf, now, staleAfter));
    }

    /** Whether figures of that date are older than the threshold at {@code now}. */
    public static boolean isStale(Instant asOf, Instant now, Duration staleAfter) {
        return Duration.between(asOf, now).compareTo(staleAfter) > 0;
    }
}
