package org.iocconsole.sync.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses {@code Retry-After}: delay seconds or an HTTP date. Stateless. */
final class RetryAfter {

    /** A server asking for more than a day is not taken literally: the engine checks again after a day. */
    static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfter() {}

    /** The wait the header asks for, from the clock's now; null when absent or unreadable. */
    static Duration parse(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            if (value.length() > 9) {
                return LONGEST;
            }
            return cap(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : cap(wait);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration cap(Duration wait) {
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
