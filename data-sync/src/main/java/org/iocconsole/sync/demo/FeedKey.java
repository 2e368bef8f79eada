package org.iocconsole.sync.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;

/** The position of an item in a feed: ordered by {@code (updated_at, key)}. Doubles as the opaque cursor. */
record FeedKey(Instant updatedAt, String key) implements Comparable<FeedKey> {

    private static final Comparator<FeedKey> ORDER =
            Comparator.comparing(FeedKey::updatedAt).thenComparing(FeedKey::key);

    @Override
    public int compareTo(FeedKey other) {
        return ORDER.compare(this, other);
    }

    /** The cursor text: URL-safe Base64 of {@code instant|key}, opaque to clients. */
    String toCursor() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((updatedAt + "|" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor made by {@link #toCursor()}; throws {@link IllegalArgumentException} for anything else. */
    static FeedKey fromCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("not a cursor of this feed");
            }
            return new FeedKey(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a cursor of this feed", e);
        }
    }
}
