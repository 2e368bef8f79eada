package org.iocconsole.sync.connector.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.StringJoiner;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.iocconsole.sync.config.Open311Options;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.connector.ApiExamples;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.FetchResult;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Standard servers: the walk over start_date/end_date windows and the cursor that records it. */
class Open311WindowPagingTest {

    private static final Instant NOW = ConnectorFixture.NOW;
    private static final Duration DAYS_90 = Duration.ofDays(90);

    private final ConnectorFixture fixture = new ConnectorFixture();
    private final SourceConfig source = fixture.source(Contract.OPEN311)
            .withOpen311(new Open311Options(null, Open311Options.Paging.WINDOW, 200, 30, false));
    private final Open311Connector connector = fixture.connectors.open311(source);
    private final CancelHandle cancel = new CancelHandle();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void walksTheHistoryInWindowsOfAtMost90Days() throws Exception {
        Instant start = NOW.minus(Duration.ofDays(200));

        fixture.enqueue(200, "[" + ApiExamples.REQUEST + "]");
        Page<CitizenReport> first = connector.fetch(null, null, cancel).page();
        assertWindow(fixture.take(), start, start.plus(DAYS_90));
        assertThat(first.items()).extracting(CitizenReport::serviceRequestId).containsExactly("TN-2026-031245");
        assertThat(first.nextCursor()).isEqualTo("window|" + start.plus(DAYS_90) + "|" + NOW + "|7776000");
        assertThat(first.hasMore()).isTrue();
        assertThat(first.etag()).isNull();

        fixture.enqueue(200, "[]");
        Page<CitizenReport> second =
                connector.fetch(first.nextCursor(), null, cancel).page();
        assertWindow(fixture.take(), start.plus(DAYS_90), start.plus(DAYS_90.multipliedBy(2)));
        assertThat(second.hasMore()).isTrue();

        fixture.enqueue(200, "[]");
        Page<CitizenReport> last =
                connector.fetch(second.nextCursor(), null, cancel).page();
        assertWindow(fixture.take(), start.plus(DAYS_90.multipliedBy(2)), NOW);
        assertThat(last.hasMore()).isFalse();
        assertThat(last.nextCursor()).isEqualTo("window|" + NOW + "|" + NOW + "|7776000");
    }

    @Test
    void laterRunsReReadTheRefreshDays() throws Exception {
        fixture.clock.advance(Duration.ofHours(1));
        Instant now = NOW.plus(Duration.ofHours(1));

        fixture.enqueue(200, "[]");
        Page<CitizenReport> page = connector
                .fetch("window|" + NOW + "|" + NOW + "|7776000", null, cancel)
                .page();

        assertWindow(fixture.take(), now.minus(Duration.ofDays(30)), now);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void aLongPauseResumesWhereTheLastWalkEnded() throws Exception {
        Instant lastEnd = NOW.minus(Duration.ofDays(45));

        fixture.enqueue(200, "[]");
        connector.fetch("window|" + lastEnd + "|" + lastEnd + "|7776000", null, cancel);

        assertWindow(fixture.take(), lastEnd, NOW);
    }

    @Test
    void readsAFullWindowAgainAtHalfTheSpan() throws Exception {
        Instant start = NOW.minus(Duration.ofDays(200));
        fixture.enqueue(200, requests(1000));

        FetchResult<CitizenReport> full = connector.fetch(null, null, cancel);

        assertThat(full.page().items()).hasSize(1000);
        assertThat(full.page().nextCursor()).isEqualTo("window|" + start + "|" + NOW + "|3888000");
        assertThat(full.page().hasMore()).isTrue();
        fixture.take();

        fixture.enqueue(200, "[]");
        connector.fetch(full.page().nextCursor(), null, cancel);
        assertWindow(fixture.take(), start, start.plus(Duration.ofDays(45)));
    }

    @Test
    void refusesMoreThanTheStandardsCap() {
        fixture.enqueue(200, requests(1001));

        SourceException e = catchThrowableOfType(SourceException.class, () -> connector.fetch(null, null, cancel));

        assertThat(e.kind()).isEqualTo(FailureKind.LIMIT_EXCEEDED);
        assertThat(e).hasMessage("the answer holds more than 1000 requests");
    }

    @Test
    void startsOverOnACursorOfTheOtherPaging() throws Exception {
        fixture.enqueue(200, "[]");

        connector.fetch("after|2026-11-21T02:40:00Z|TN-1", null, cancel);

        assertWindow(fixture.take(), NOW.minus(Duration.ofDays(200)), NOW.minus(Duration.ofDays(110)));
    }

    private static void assertWindow(RecordedRequest request, Instant start, Instant end) {
        HttpUrl url = request.getUrl();
        assertThat(url.encodedPath()).isEqualTo("/api/v1/requests.json");
        assertThat(url.queryParameter("start_date")).isEqualTo(start.toString());
        assertThat(url.queryParameter("end_date")).isEqualTo(end.toString());
        assertThat(url.queryParameter("extensions")).isNull();
        assertThat(url.queryParameter("jurisdiction_id")).isNull();
    }

    static String requests(int count) {
        StringJoiner array = new StringJoiner(",", "[", "]");
        for (int i = 0; i < count; i++) {
            array.add(ApiExamples.REQUEST.replace("TN-2026-031245", "TN-2026-" + i));
        }
        return array.toString();
    }
}
