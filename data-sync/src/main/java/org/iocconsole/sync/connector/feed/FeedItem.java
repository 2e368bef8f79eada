package org.iocconsole.sync.connector.feed;

/**
 * One item of a feed page: a row to upsert, or the key of a row deleted at the source. Immutable.
 *
 * @param row the model row, or null for a tombstone
 * @param deletedKey the key of the deleted row, or null for a row
 */
public record FeedItem<T>(T row, String deletedKey) {

    public static <T> FeedItem<T> row(T row) {
        return new FeedItem<>(row, null);
    }

    public static <T> FeedItem<T> deleted(String key) {
        return new FeedItem<>(null, key);
    }
}
