package org.iocconsole.sync.connector;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.iocconsole.sync.model.Period;

/**
 * Field conversions shared by the mappers of every contract; each failure names the item and the field. Stateless.
 */
public final class Wire {

    private Wire() {}

    /** A required text: present and not blank. */
    public static String required(String value, String field, ItemRef ref) throws MalformedResponseException {
        if (value == null || value.isBlank()) {
            throw ref.missing(field);
        }
        return value;
    }

    /** An optional instant with offset. */
    public static Instant instant(String text, String field, ItemRef ref) throws MalformedResponseException {
        if (text == null) {
            return null;
        }
        try {
            return WireTime.parseInstant(text);
        } catch (IllegalArgumentException e) {
            throw ref.problem(field, e.getMessage());
        }
    }

    /** A required instant with offset. */
    public static Instant requiredInstant(String text, String field, ItemRef ref) throws MalformedResponseException {
        if (text == null) {
            throw ref.missing(field);
        }
        return instant(text, field, ref);
    }

    /** An optional {@code YYYY-MM-DD} date. */
    public static LocalDate date(String text, String field, ItemRef ref) throws MalformedResponseException {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ref.problem(field, ServerMessages.quote(text) + " is not a date (YYYY-MM-DD)");
        }
    }

    /** A required period ({@code YYYY-MM}, {@code YYYY-Qn} or {@code YYYY}). */
    public static Period period(String text, String field, ItemRef ref) throws MalformedResponseException {
        required(text, field, ref);
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw ref.problem(field, ServerMessages.quote(text) + " is not a period (YYYY-MM, YYYY-Qn or YYYY)");
        }
    }

    /** A required count: a whole number, zero or more. */
    public static int count(Integer value, String field, ItemRef ref) throws MalformedResponseException {
        if (value == null) {
            throw ref.missing(field);
        }
        if (value < 0) {
            throw ref.problem(field, value + " is negative");
        }
        return value;
    }

    /** A required enum value in the contract's spelling ({@code higher_better} for {@code HIGHER_BETTER}). */
    public static <E extends Enum<E>> E choice(String text, Class<E> type, String field, ItemRef ref)
            throws MalformedResponseException {
        required(text, field, ref);
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        StringBuilder known = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
            known.append(known.length() == 0 ? "" : ", ").append(value.name().toLowerCase(Locale.ROOT));
        }
        throw ref.problem(field, ServerMessages.quote(text) + " is not one of " + known);
    }

    /**
     * A URL of an item resolved against the source URL when relative. Text that is not a URL is kept as it came:
     * views check a URL before they open it.
     */
    public static String resolveUrl(URI base, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (isPlainRelativePath(text)
                && base.getRawQuery() == null
                && base.getRawPath().endsWith("/")) {
            // The common case, a path below the source: URI parsing per report costs more than the rest of a report.
            return base + text;
        }
        try {
            return base.resolve(new URI(text.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return text;
        }
    }

    /** Letters, digits and {@code -._~/}, not starting with {@code /} nor containing a dot segment. */
    private static boolean isPlainRelativePath(String text) {
        if (text.charAt(0) == '/' || text.charAt(0) == '.' || text.contains("/.")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~'
                    || c == '/';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
