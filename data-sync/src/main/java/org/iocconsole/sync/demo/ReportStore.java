package org.iocconsole.sync.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The citizen reports, indexed by id, by {@code (updated, id)} for incremental reads and by {@code (requested, id)}
 * for Open311 windows. Not thread-safe: the {@link ReportDesk} guards it.
 */
final class ReportStore {
    private static final int RECENT = 600;

    private final String prefix;
    private final Map<String, Report> byId = new HashMap<>();
    private final NavigableMap<FeedKey, Report> byUpdate = new TreeMap<>();
    private final NavigableMap<FeedKey, Report> byRequest = new TreeMap<>();
    private final Map<Integer, Integer> lastNumberOfYear = new HashMap<>();
    private final Deque<Report> recent = new ArrayDeque<>();
    private final Map<String, String> idByToken = new HashMap<>();
    private FeedKey servedUpTo;

    ReportStore(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Continues the numbering of a year from {@code lastNumber}: the history starts mid-year, and the reports of
     * that year before it count too.
     */
    void continueNumbering(int year, int lastNumber) {
        lastNumberOfYear.put(year, lastNumber);
    }

    /** The next id of the year the report came in: {@code TN-2026-031245}. */
    String nextId(Instant requestedAt) {
        int year = requestedAt.atZone(Json.VN).getYear();
        int number = lastNumberOfYear.merge(year, 1, Integer::sum);
        String digits = Integer.toString(number);
        return prefix + "-" + year + "-" + "000000".substring(Math.min(6, digits.length())) + digits;
    }

    /** Adds a report that has its id and at least its first history step. */
    void add(Report report) {
        byId.put(report.id, report);
        byUpdate.put(new FeedKey(report.updatedAt, report.id), report);
        byRequest.put(new FeedKey(report.requestedAt, report.id), report);
        recent.addLast(report);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    /** Applies {@code change} to a report and moves it in the update order; it gets a time past anything served. */
    void update(Report report, Instant proposed, Runnable change) {
        byUpdate.remove(new FeedKey(report.updatedAt, report.id));
        change.run();
        report.updatedAt = stampFor(report.id, proposed);
        byUpdate.put(new FeedKey(report.updatedAt, report.id), report);
    }

    /** The update time a change of report {@code id} at {@code proposed} gets (whole seconds, after served ones). */
    Instant stampFor(String id, Instant proposed) {
        Instant stamp = proposed.truncatedTo(ChronoUnit.SECONDS);
        if (servedUpTo != null && new FeedKey(stamp, id).compareTo(servedUpTo) <= 0) {
            stamp = servedUpTo.updatedAt().plusSeconds(1);
        }
        return stamp;
    }

    Report get(String id) {
        return byId.get(id);
    }

    int size() {
        return byId.size();
    }

    /** Reports whose {@code (updated, id)} follows {@code after}, oldest change first. */
    List<Report> updatedAfter(FeedKey after, int limit) {
        List<Report> page = new ArrayList<>();
        for (Map.Entry<FeedKey, Report> entry : byUpdate.tailMap(after, false).entrySet()) {
            if (page.size() == limit) {
                break;
            }
            page.add(entry.getValue());
            if (servedUpTo == null || entry.getKey().compareTo(servedUpTo) > 0) {
                servedUpTo = entry.getKey();
            }
        }
        return page;
    }

    /** Reports requested in {@code [from, to]}, newest first. */
    List<Report> requestedBetween(Instant from, Instant to) {
        return new ArrayList<>(byRequest
                .subMap(new FeedKey(from, ""), true, new FeedKey(to.plusNanos(1), ""), false)
                .descendingMap()
                .values());
    }

    /** An earlier report of the same service in the same commune within a week, or null. */
    String similarRecent(Report report) {
        Iterator<Report> it = recent.descendingIterator();
        while (it.hasNext()) {
            Report other = it.next();
            if (Duration.between(other.requestedAt, report.requestedAt).toDays() > 7) {
                return null;
            }
            if (other.service == report.service
                    && other.communeCode.equals(report.communeCode)
                    && !"duplicate".equals(other.workflowStatus())) {
                return other.id;
            }
        }
        return null;
    }

    void putToken(String token, String id) {
        idByToken.put(token, id);
    }

    String idOfToken(String token) {
        return idByToken.get(token);
    }
}
