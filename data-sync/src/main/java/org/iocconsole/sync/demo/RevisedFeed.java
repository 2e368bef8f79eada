package org.iocconsole.sync.demo;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/**
 * A feed of monthly figures that are published and then revised on their {@link RevisionSchedule}: loading shows
 * each row as it stands at the anchor, and {@link #catchUp(Instant)} brings later versions and the rows of new
 * months as virtual time passes. Thread-safe.
 */
final class RevisedFeed implements LiveFeed {

    /** One figure (a row of the feed) with its schedule and its JSON for a version. */
    interface Row {
        String key();

        RevisionSchedule schedule();

        byte[] render(int version, Instant updatedAt);
    }

    private final ChangeScheduler scheduler = new ChangeScheduler();
    private final FeedStore feed = new FeedStore();
    private final Function<YearMonth, List<RevisedFeed.Row>> rowsOfMonth;

    /** Loads the rows of every month from {@code first} to the anchor's month as they stand at the anchor. */
    RevisedFeed(Function<YearMonth, List<RevisedFeed.Row>> rowsOfMonth, YearMonth first, Instant anchor) {
        this.rowsOfMonth = rowsOfMonth;
        YearMonth current = YearMonth.from(anchor.atZone(Json.VN));
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            load(rowsOfMonth.apply(month), anchor);
        }
        openMonthAt(current.plusMonths(1));
    }

    @Override
    public FeedStore store() {
        return feed;
    }

    @Override
    public synchronized void catchUp(Instant now) {
        scheduler.runUntil(now);
    }

    /**
     * Publishes a row a scenario scripts when virtual time reaches {@code at}; the row's own revisions stop then, so
     * the scenario's figure stays.
     */
    synchronized void script(Instant at, String scriptKey, String rowKey, Function<Instant, byte[]> render) {
        scheduler.schedule(at, scriptKey, when -> {
            scheduler.cancel(rowKey);
            feed.upsert(rowKey, when, render);
        });
    }

    private void openMonthAt(YearMonth month) {
        scheduler.schedule(month.atDay(1).atStartOfDay(Json.VN).toInstant(), "month", at -> {
            load(rowsOfMonth.apply(month), at);
            openMonthAt(month.plusMonths(1));
        });
    }

    private void load(List<? extends Row> rows, Instant at) {
        for (Row row : rows) {
            int version = row.schedule().versionAt(at);
            if (version > 0) {
                Instant published = row.schedule().timeOf(version);
                feed.load(row.key(), published, () -> row.render(version, published));
            }
            scheduleAfter(row, version);
        }
    }

    private void scheduleAfter(Row row, int version) {
        int next = row.schedule().next(version);
        if (next > 0) {
            scheduler.schedule(row.schedule().timeOf(next), row.key(), at -> publish(row, next));
        }
    }

    private void publish(Row row, int version) {
        feed.upsert(row.key(), row.schedule().timeOf(version), stamp -> row.render(version, stamp));
        scheduleAfter(row, version);
    }
}
