package org.iocconsole.sync.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Query or form parameters, decoded as UTF-8; the first value of a repeated name wins. */
final class Query {
    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    static Query parse(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    values.putIfAbsent(name, value);
                } catch (IllegalArgumentException e) {
                    throw HttpError.badRequest("malformed percent-encoding in \"" + pair + "\"");
                }
            }
        }
        return new Query(values);
    }

    String get(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    boolean has(String name) {
        return get(name) != null;
    }

    Map<String, String> all() {
        return values;
    }

    /** An integer within {@code [min, max]}, {@code fallback} when absent; 400 otherwise. */
    int intValue(String name, int fallback, int min, int max) {
        String text = get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw HttpError.badRequest(name + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be a whole number, was \"" + text + "\"");
        }
    }

    /** A decimal number, or null when absent; 400 when not a number. */
    Double doubleValue(String name) {
        String text = get(name);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be a number, was \"" + text + "\"");
        }
    }

    /** An RFC 3339 / W3C instant with an offset, or null when absent; 400 without an offset or when malformed. */
    Instant instant(String name) {
        String text = get(name);
        return text == null ? null : parseInstant(name, text);
    }

    static Instant parseInstant(String name, String text) {
        try {
            // An offset's '+' sent without percent-encoding arrives as a space; no valid instant contains one.
            return OffsetDateTime.parse(text.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest(name
                    + " must be a date-time with an offset such as 2026-11-21T08:00:00+07:00, was \"" + text + "\"");
        }
    }
}
