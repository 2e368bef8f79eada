package org.iocconsole.sync.connector.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.ResponseLimitException;
import org.iocconsole.sync.model.Page;

/**
 * Streams the shared feed envelope {@code {"items": [...], "next_cursor": "...", "has_more": true}}: fields in any
 * order, unknown fields skipped, items handed one by one to the contract's parser, and the page refused as soon as it
 * holds more items than allowed. Stateless.
 */
final class FeedEnvelopeReader {

    private FeedEnvelopeReader() {}

    /**
     * Reads the envelope into a page.
     *
     * @param sentCursor the {@code since} of the request; the ETag is kept only when the cursor does not move, since it
     *     describes the answer for that cursor
     */
    static <T> Page<T> read(JsonParser parser, FeedItemParser<T> items, int maxItems, String sentCursor, String etag)
            throws IOException, MalformedResponseException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new MalformedResponseException(
                    "the answer must be a JSON object with items, next_cursor and has_more");
        }
        List<T> rows = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        boolean sawItems = false;
        String nextCursor = null;
        Boolean hasMore = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "items" -> {
                    readItems(parser, items, maxItems, rows, deleted);
                    sawItems = true;
                }
                case "next_cursor" -> nextCursor = cursor(parser, value);
                case "has_more" -> {
                    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                        throw new MalformedResponseException("has_more must be true or false");
                    }
                    hasMore = value == JsonToken.VALUE_TRUE;
                }
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            throw new MalformedResponseException("the answer holds more than one JSON value");
        }
        if (!sawItems) {
            throw new MalformedResponseException("items is missing (required)");
        }
        if (hasMore == null) {
            throw new MalformedResponseException("has_more is missing (required)");
        }
        String next = nextCursor == null ? sentCursor : nextCursor;
        if (hasMore && Objects.equals(next, sentCursor)) {
            // Following such a page would ask for the same page forever.
            throw new MalformedResponseException("has_more is true but next_cursor does not move past the cursor sent");
        }
        String keptEtag = Objects.equals(next, sentCursor) ? etag : null;
        return new Page<>(rows, deleted, next, hasMore, keptEtag);
    }

    private static <T> void readItems(
            JsonParser parser, FeedItemParser<T> items, int maxItems, List<T> rows, List<String> deleted)
            throws IOException, MalformedResponseException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new MalformedResponseException("items must be a list");
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (index >= maxItems) {
                throw new ResponseLimitException(
                        "the page holds more than " + maxItems + " items, the source's page-size");
            }
            FeedItem<T> item = items.read(parser, new ItemRef("items", index, null));
            if (item.deletedKey() != null) {
                deleted.add(item.deletedKey());
            } else {
                rows.add(item.row());
            }
            index++;
        }
    }

    private static String cursor(JsonParser parser, JsonToken value) throws IOException, MalformedResponseException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw new MalformedResponseException("next_cursor must be text");
        }
        String cursor = parser.getText();
        if (cursor.length() > 500) {
            throw new MalformedResponseException("next_cursor is longer than 500 characters");
        }
        return cursor;
    }
}
