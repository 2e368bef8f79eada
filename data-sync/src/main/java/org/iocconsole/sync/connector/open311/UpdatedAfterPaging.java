package org.iocconsole.sync.connector.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import okhttp3.HttpUrl;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.FetchResult;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incremental extension: {@code requests.json?updated_after=&after_id=&page_size=} returns requests past the pair
 * {@code (updated_datetime, service_request_id)} in that order. The cursor is {@code after|{instant}|{id}}, the pair
 * of the last request read ({@code after|2026-11-21T02:40:00Z|TN-2026-031245}); the first run starts
 * {@code history-days} back. An empty page means up to date. Thread-safe.
 */
final class UpdatedAfterPaging {

    static final String PREFIX = "after|";

    private static final Logger LOG = LoggerFactory.getLogger(UpdatedAfterPaging.class);

    private final Open311Endpoint endpoint;
    private final Clock clock;

    UpdatedAfterPaging(Open311Endpoint endpoint, Clock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
    }

    /** A position in the (updated, id) order; an empty id sorts before every id. */
    record Position(Instant updated, String id) implements Comparable<Position> {

        String cursor() {
            return PREFIX + updated + "|" + id;
        }

        /** The position of a cursor of this paging, or null when it is not one. */
        static Position parse(String cursor) {
            if (cursor == null || !cursor.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = cursor.substring(PREFIX.length()).split("\\|", 2);
            try {
                return parts.length == 2 ? new Position(Instant.parse(parts[0]), parts[1]) : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        @Override
        public int compareTo(Position other) {
            int byTime = updated.compareTo(other.updated);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    FetchResult<CitizenReport> fetch(String cursor, CancelHandle cancel) throws SourceException {
        Position from = Position.parse(cursor);
        if (from == null) {
            if (cursor != null) {
                LOG.warn(
                        "Source {}: stored cursor is not an updated-after cursor; reading history again",
                        endpoint.source().id());
            }
            Duration history = Duration.ofDays(endpoint.options().historyDays());
            from = new Position(clock.instant().minus(history).truncatedTo(ChronoUnit.SECONDS), "");
        }
        int pageSize = endpoint.source().pageSize();
        HttpUrl.Builder url = endpoint.requestsUrl("requests.json")
                .addQueryParameter("updated_after", from.updated().toString());
        if (!from.id().isEmpty()) {
            url.addQueryParameter("after_id", from.id());
        }
        url.addQueryParameter("page_size", Integer.toString(pageSize));

        List<CitizenReport> reports = endpoint.readRequests(url.build(), cancel, pageSize, true);
        Position next = from;
        for (CitizenReport report : reports) {
            Position position = new Position(report.updatedAt(), report.serviceRequestId());
            if (position.compareTo(next) > 0) {
                next = position;
            }
        }
        if (!reports.isEmpty() && next.equals(from)) {
            throw new SourceException(
                    endpoint.source().id(),
                    FailureKind.MALFORMED,
                    "the server ignored updated_after: no request of the page is past the cursor sent"
                            + " (use paging: window for a standard server)");
        }
        return FetchResult.of(new Page<>(reports, List.of(), next.cursor(), !reports.isEmpty(), null));
    }
}
