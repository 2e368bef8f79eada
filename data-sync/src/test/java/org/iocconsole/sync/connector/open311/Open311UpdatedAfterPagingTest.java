package org.iocconsole.sync.connector.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import org.iocconsole.sync.config.Open311Options;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.connector.ApiExamples;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.iocconsole.sync.model.ReportHistoryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The incremental extension: updated_after, after_id and page_size, with extended attributes. */
class Open311UpdatedAfterPagingTest {

    private final ConnectorFixture fixture = new ConnectorFixture();
    private final SourceConfig source = fixture.source(Contract.OPEN311)
            .withPageSize(2)
            .withOpen311(new Open311Options("example.gov.vn", Open311Options.Paging.UPDATED_AFTER, 365, 30, true));
    private final Open311Connector connector = fixture.connectors.open311(source);
    private final CancelHandle cancel = new CancelHandle();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void pagesByUpdateTimeAndIdWithExtendedAttributes() throws Exception {
        fixture.enqueue(200, "[" + ApiExamples.EXTENDED_REQUEST + "]");

        Page<CitizenReport> first = connector.fetch(null, null, cancel).page();

        HttpUrl url = fixture.take().getUrl();
        assertThat(url.encodedPath()).isEqualTo("/api/v1/requests.json");
        assertThat(url.queryParameter("extensions")).isEqualTo("true");
        assertThat(url.queryParameter("jurisdiction_id")).isEqualTo("example.gov.vn");
        assertThat(url.queryParameter("updated_after"))
                .isEqualTo(ConnectorFixture.NOW.minus(Duration.ofDays(365)).toString());
        assertThat(url.queryParameter("after_id")).isNull();
        assertThat(url.queryParameter("page_size")).isEqualTo("2");
        assertThat(first.nextCursor()).isEqualTo("after|2026-11-21T02:40:00Z|TN-2026-031245");
        assertThat(first.hasMore()).isTrue();

        CitizenReport report = first.items().get(0);
        assertThat(report.priority()).isEqualTo("high");
        assertThat(report.workflowStatus()).isEqualTo("assigned");
        assertThat(report.communeCode()).isEqualTo("05443");
        assertThat(report.channel()).isEqualTo("hotline_1022");
        assertThat(report.duplicateOf()).isNull();
        assertThat(report.history())
                .containsExactly(
                        new ReportHistoryEntry(
                                Instant.parse("2026-11-21T01:12:30Z"),
                                "received",
                                "Tiếp nhận qua tổng đài 1022",
                                "tongdai1022"),
                        new ReportHistoryEntry(
                                Instant.parse("2026-11-21T02:40:00Z"), "assigned", "Chuyển Sở Xây dựng", "dieuhanh01"));

        fixture.enqueue(200, "[]");
        Page<CitizenReport> upToDate =
                connector.fetch(first.nextCursor(), null, cancel).page();

        HttpUrl next = fixture.take().getUrl();
        assertThat(next.queryParameter("updated_after")).isEqualTo("2026-11-21T02:40:00Z");
        assertThat(next.queryParameter("after_id")).isEqualTo("TN-2026-031245");
        assertThat(upToDate.items()).isEmpty();
        assertThat(upToDate.hasMore()).isFalse();
        assertThat(upToDate.nextCursor()).isEqualTo(first.nextCursor());
    }

    @Test
    void theCursorIsTheGreatestPairOfThePage() throws Exception {
        String later = ApiExamples.REQUEST
                .replace("TN-2026-031245", "TN-2026-031300")
                .replace("2026-11-21T09:40:00+07:00", "2026-11-21T10:00:00+07:00");
        String sameTimeLowerId = ApiExamples.REQUEST.replace("TN-2026-031245", "TN-2026-031200");
        fixture.enqueue(200, "[" + later + "," + sameTimeLowerId + "]");

        Page<CitizenReport> page = connector.fetch(null, null, cancel).page();

        assertThat(page.items()).extracting(CitizenReport::serviceRequestId).hasSize(2);
        assertThat(page.nextCursor()).isEqualTo("after|2026-11-21T03:00:00Z|TN-2026-031300");
    }

    @Test
    void requiresTheUpdateTime() {
        fixture.enqueue(200, "[" + ApiExamples.REQUEST.replace("\"updated_datetime\"", "\"updated\"") + "]");

        SourceException e = catchThrowableOfType(SourceException.class, () -> connector.fetch(null, null, cancel));

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e)
                .hasMessage("requests[0] (TN-2026-031245): updated_datetime: is missing (required by updated-after"
                        + " paging)");
    }

    @Test
    void refusesAServerThatIgnoresTheCursor() {
        fixture.enqueue(200, "[" + ApiExamples.REQUEST + "]");

        SourceException e = catchThrowableOfType(
                SourceException.class,
                () -> connector.fetch("after|2026-11-21T02:40:00Z|TN-2026-031245", null, cancel));

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e.getMessage()).startsWith("the server ignored updated_after");
    }

    @Test
    void refusesAPageOverThePageSize() {
        fixture.enqueue(200, Open311WindowPagingTest.requests(3));

        SourceException e = catchThrowableOfType(SourceException.class, () -> connector.fetch(null, null, cancel));

        assertThat(e.kind()).isEqualTo(FailureKind.LIMIT_EXCEEDED);
        assertThat(e).hasMessage("the answer holds more than 2 requests");
    }
}
