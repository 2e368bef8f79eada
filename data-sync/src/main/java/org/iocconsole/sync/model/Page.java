package org.iocconsole.sync.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of a feed as a connector read it: the rows to upsert, the keys deleted at the source, and the cursor
 * that follows. The cache writes a page and its cursor in one transaction.
 *
 * @param items rows to insert or update
 * @param deletedKeys keys of rows deleted at the source; a composite key is its values joined with {@code |}
 * @param nextCursor the cursor to store; the next run starts from it
 * @param hasMore whether another page follows in this run
 * @param etag the response's ETag, if any
 */
public record Page<T>(List<T> items, List<String> deletedKeys, String nextCursor, boolean hasMore, String etag) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        deletedKeys = List.copyOf(Objects.requireNonNull(deletedKeys, "deletedKeys"));
    }

    /** A last page with rows only. */
    public static <T> Page<T> last(List<T> items, String nextCursor, String etag) {
        return new Page<>(items, List.of(), nextCursor, false, etag);
    }
}
