package org.iocconsole.sync.cache;

/**
 * The orders of the report queue. Each pages by one indexed key and the report id, so any page is a short index
 * range; reports without the key (no deadline) come after the others.
 */
public enum QueueSort {
    /** Newest received first. */
    NEWEST("requested_at", true),
    /** Oldest received first. */
    OLDEST("requested_at", false),
    /** The nearest deadline first; reports without a deadline last. */
    DUE_FIRST("expected_at", false),
    /** Most urgent first; within a priority, the latest id first. */
    PRIORITY("priority_rank", true);

    private final String column;
    private final boolean descending;

    QueueSort(String column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    String column() {
        return column;
    }

    boolean descending() {
        return descending;
    }
}
