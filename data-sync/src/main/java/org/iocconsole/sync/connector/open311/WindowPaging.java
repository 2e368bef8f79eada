package org.iocconsole.sync.connector.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import okhttp3.HttpUrl;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.FetchResult;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Standard GeoReport v2 paging: a walk over {@code requested_datetime} in {@code start_date}/{@code end_date} windows
 * of at most 90 days. The first walk covers {@code history-days}; once a walk has reached its end, the next one starts
 * {@code refresh-days} back (or where the last ended, if that is earlier) to catch updates, since the standard cannot
 * filter by update time. A window that comes back with the server's cap of 1,000 requests may have lost some, so the
 * same window is read again at half the span (down to an hour); sparse windows double the span again.
 *
 * <p>The cursor records the walk: {@code window|{position}|{walk end}|{span seconds}}, for example
 * {@code window|2026-08-24T03:00:00Z|2026-11-22T03:00:00Z|7776000}. Thread-safe.
 */
final class WindowPaging {

    static final String PREFIX = "window|";
    /** The standard's cap on one answer. */
    static final int MAX_ITEMS = 1000;

    static final Duration MAX_SPAN = Duration.ofDays(90);
    static final Duration MIN_SPAN = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(WindowPaging.class);

    private final Open311Endpoint endpoint;
    private final Clock clock;

    WindowPaging(Open311Endpoint endpoint, Clock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
    }

    /** Where a walk stands: the next window starts at {@code position}; the walk stops at {@code end}. */
    record Walk(Instant position, Instant end, Duration span) {

        String cursor() {
            return PREFIX + position + "|" + end + "|" + span.toSeconds();
        }

        boolean finished() {
            return !position.isBefore(end);
        }

        /** The walk of a cursor of this paging, or null when it is not one. */
        static Walk parse(String cursor) {
            if (cursor == null || !cursor.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = cursor.substring(PREFIX.length()).split("\\|");
            try {
                Duration span = parts.length == 3 ? Duration.ofSeconds(Long.parseLong(parts[2])) : null;
                if (span == null || span.compareTo(MIN_SPAN) < 0 || span.compareTo(MAX_SPAN) > 0) {
                    return null;
                }
                return new Walk(Instant.parse(parts[0]), Instant.parse(parts[1]), span);
            } catch (DateTimeParseException | NumberFormatException e) {
                return null;
            }
        }
    }

    FetchResult<CitizenReport> fetch(String cursor, CancelHandle cancel) throws SourceException {
        Walk walk = current(cursor, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        Instant windowEnd = min(walk.position().plus(walk.span()), walk.end());
        HttpUrl url = endpoint.requestsUrl("requests.json")
                .addQueryParameter("start_date", walk.position().toString())
                .addQueryParameter("end_date", windowEnd.toString())
                .build();

        List<CitizenReport> reports = endpoint.readRequests(url, cancel, MAX_ITEMS, false);
        Walk next;
        if (reports.size() >= MAX_ITEMS && walk.span().compareTo(MIN_SPAN) > 0) {
            Duration half = walk.span().dividedBy(2);
            next = new Walk(walk.position(), walk.end(), half.compareTo(MIN_SPAN) < 0 ? MIN_SPAN : half);
        } else {
            if (reports.size() >= MAX_ITEMS) {
                LOG.warn(
                        "Source {}: the hour from {} holds {} requests or more, the server's cap; some may be missing",
                        endpoint.source().id(),
                        walk.position(),
                        MAX_ITEMS);
            }
            Duration span = walk.span();
            if (reports.size() < MAX_ITEMS / 4) {
                span = span.multipliedBy(2).compareTo(MAX_SPAN) > 0 ? MAX_SPAN : span.multipliedBy(2);
            }
            next = new Walk(windowEnd, walk.end(), span);
        }
        return FetchResult.of(new Page<>(reports, List.of(), next.cursor(), !next.finished(), null));
    }

    /** The walk to continue, or a new one when there is none or the last one finished. */
    private Walk current(String cursor, Instant now) {
        Walk walk = Walk.parse(cursor);
        Instant historyStart = now.minus(Duration.ofDays(endpoint.options().historyDays()));
        if (walk == null) {
            if (cursor != null) {
                LOG.warn(
                        "Source {}: stored cursor is not a window cursor; reading history again",
                        endpoint.source().id());
            }
            return new Walk(historyStart, now, MAX_SPAN);
        }
        if (!walk.finished()) {
            return walk;
        }
        Instant refreshStart = now.minus(Duration.ofDays(endpoint.options().refreshDays()));
        Instant start = max(historyStart, min(walk.end(), refreshStart));
        return new Walk(start, now, walk.span());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
