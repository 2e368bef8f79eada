package org.iocconsole.sync.connector;

import java.util.List;
import java.util.Objects;
import org.iocconsole.sync.model.Page;

/**
 * What one {@link SourceConnector#fetch} brought back: a page to write, or "not modified". Either way {@link #page()}
 * holds the cursor and ETag to store and whether another page follows, so the engine's loop is the same for both;
 * for "not modified" the page is empty, keeps the cursor it was asked for and has no more pages. Immutable.
 *
 * @param page the rows, tombstones, next cursor, has-more flag and ETag
 * @param notModified whether the server answered 304: nothing to write, the source is up to date
 */
public record FetchResult<T>(Page<T> page, boolean notModified) {

    public FetchResult {
        Objects.requireNonNull(page, "page");
    }

    /** A page of rows (possibly empty) to write with its cursor. */
    public static <T> FetchResult<T> of(Page<T> page) {
        return new FetchResult<>(page, false);
    }

    /** A 304: the cursor stays, no rows, no further page. */
    public static <T> FetchResult<T> notModified(String cursor, String etag) {
        return new FetchResult<>(new Page<>(List.of(), List.of(), cursor, false, etag), true);
    }
}
