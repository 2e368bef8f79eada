package org.iocconsole.sync.cache;

import java.util.List;

/**
 * A page of the report queue.
 *
 * @param next where the following page starts; null after the last row
 */
public record QueuePage(List<QueueRow> rows, Position next) {

    public QueuePage {
        rows = List.copyOf(rows);
    }

    /**
     * The last row of a page in its sort: its key and id. {@code keyless} says the page was already among the
     * reports without the key, which come last.
     */
    public record Position(boolean keyless, Object key, String id) {}
}
