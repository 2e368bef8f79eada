package org.iocconsole.sync.config;

/**
 * The {@code open311} block of an Open311 source. Immutable.
 *
 * @param jurisdiction {@code jurisdiction_id} sent with every request, or null when the server needs none
 * @param paging how requests are paged through
 * @param historyDays how far back the first run reads
 * @param refreshDays how far back later window walks re-read, to catch updates of older requests
 * @param extensions whether to ask for {@code extended_attributes} ({@code extensions=true})
 */
public record Open311Options(String jurisdiction, Paging paging, int historyDays, int refreshDays, boolean extensions) {

    public static final int DEFAULT_HISTORY_DAYS = 365;
    public static final int DEFAULT_REFRESH_DAYS = 30;
    public static final int MAX_HISTORY_DAYS = 3650;

    /** How the connector pages through {@code requests.json}. */
    public enum Paging {
        /** The extension: {@code updated_after}, {@code after_id} and {@code page_size}. */
        UPDATED_AFTER("updated-after"),
        /** Standard servers: {@code start_date}/{@code end_date} windows of at most 90 days. */
        WINDOW("window");

        private final String wireName;

        Paging(String wireName) {
            this.wireName = wireName;
        }

        /** The spelling in sources.yaml. */
        public String wireName() {
            return wireName;
        }
    }

    public Open311Options {
        if (paging == null) {
            throw new IllegalArgumentException("paging is required");
        }
        if (historyDays < 1 || historyDays > MAX_HISTORY_DAYS) {
            throw new IllegalArgumentException("historyDays out of range: " + historyDays);
        }
        if (refreshDays < 1 || refreshDays > historyDays) {
            throw new IllegalArgumentException("refreshDays must be from 1 to historyDays: " + refreshDays);
        }
    }

    /** Window paging over a year, refreshing 30 days, without extensions: what any standard server can answer. */
    public static Open311Options standard() {
        return new Open311Options(null, Paging.WINDOW, DEFAULT_HISTORY_DAYS, DEFAULT_REFRESH_DAYS, false);
    }

    /** Incremental paging with extensions, for servers that offer them (the demo province does). */
    public static Open311Options incremental() {
        return new Open311Options(null, Paging.UPDATED_AFTER, DEFAULT_HISTORY_DAYS, DEFAULT_REFRESH_DAYS, true);
    }
}
