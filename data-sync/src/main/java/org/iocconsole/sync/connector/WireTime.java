package org.iocconsole.sync.connector;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses RFC 3339 / W3C timestamps that carry an offset ({@code 2026-11-21T08:12:30+07:00}, {@code ...30.5Z}) into
 * instants, by hand: the JDK's formatters cost about a microsecond each, which matters at hundreds of thousands of
 * timestamps a second. A timestamp without an offset is refused, since the console never guesses a zone. Stateless.
 */
public final class WireTime {

    private WireTime() {}

    /** The instant; throws {@link IllegalArgumentException} with a message quoting the text when it is none. */
    public static Instant parseInstant(String text) {
        int n = text.length();
        if (n < 19
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || "Tt ".indexOf(text.charAt(10)) < 0
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            throw notInstant(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int i = 19;
        int nanos = 0;
        if (i < n && text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                if (i - start < 9) {
                    nanos = nanos * 10 + (text.charAt(i) - '0');
                }
                i++;
            }
            if (i == start) {
                throw notInstant(text);
            }
            for (int d = Math.min(i - start, 9); d < 9; d++) {
                nanos *= 10;
            }
        }
        if (i == n) {
            throw new IllegalArgumentException(
                    ServerMessages.quote(text) + " has no offset (the console never guesses a zone)");
        }
        int offsetSeconds = offset(text, i);
        if (year < 0 || hour > 23 || minute > 59 || second > 59) {
            throw notInstant(text);
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException e) {
            throw notInstant(text);
        }
    }

    /** Seconds east of UTC of the offset starting at {@code i}: {@code Z}, {@code +07:00}, {@code +0700}, {@code +07}. */
    private static int offset(String text, int i) {
        int n = text.length();
        char sign = text.charAt(i);
        if ((sign == 'Z' || sign == 'z') && i + 1 == n) {
            return 0;
        }
        if (sign != '+' && sign != '-') {
            throw notInstant(text);
        }
        int hours = digits(text, i + 1, 2);
        int minutes;
        int rest = n - i;
        if (rest == 6 && text.charAt(i + 3) == ':') {
            minutes = digits(text, i + 4, 2);
        } else if (rest == 5) {
            minutes = digits(text, i + 3, 2);
        } else if (rest == 3) {
            minutes = 0;
        } else {
            throw notInstant(text);
        }
        if (hours > 18 || minutes > 59) {
            throw notInstant(text);
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int digits(String text, int from, int count) {
        if (from + count > text.length()) {
            throw notInstant(text);
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                throw notInstant(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException notInstant(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return new IllegalArgumentException(
                ServerMessages.quote(shown) + " is not a timestamp (RFC 3339 with an offset)");
    }
}
