package org.iocconsole.sync.connector.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.iocconsole.sync.connector.ConnectorFixture.envelope;

import java.net.URI;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.iocconsole.sync.connector.ApiExamples;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers that break the feed contract are refused whole, naming the item and the field. */
class FeedFailuresTest {

    private final ConnectorFixture fixture = new ConnectorFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void namesAFieldOfTheWrongType() {
        String item = ApiExamples.DOSSIER_STAT.replace("\"received\": 1240", "\"received\": \"many\"");

        SourceException e = fail(Contract.DOSSIER_STATS, envelope("c1", false, ApiExamples.DOSSIER_STAT, item));

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e).hasMessage("items[1]: received: \"many\" is not a whole number");
    }

    @Test
    void refusesAFractionForAWholeNumber() {
        String item = ApiExamples.DOSSIER_STAT.replace("\"overdue\": 15", "\"overdue\": 15.5");

        assertThat(fail(Contract.DOSSIER_STATS, envelope("c1", false, item)))
                .hasMessageStartingWith("items[0]: overdue: ");
    }

    @Test
    void namesAnObjectWhereTextWasExpected() {
        String item = ApiExamples.CAMERA.replace("\"name\": \"Ngã tư Đồng Quang\"", "\"name\": {\"vi\": \"x\"}");

        assertThat(fail(Contract.CAMERAS, envelope("c1", false, item))).hasMessage("items[0]: name: must be text");
    }

    @Test
    void namesAMissingRequiredFieldWithTheItemsKey() {
        String item = ApiExamples.CAMERA.replace("CAM-0012", "CAM-0013").replace("\"status\": \"online\",", "");

        SourceException e = fail(Contract.CAMERAS, envelope("c1", false, ApiExamples.CAMERA, item));

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e).hasMessage("items[1] (CAM-0013): status: is missing (required)");
    }

    @Test
    void namesAMissingCount() {
        String item = ApiExamples.DOCUMENT_STAT.replace("\"outgoing\": 1875,", "");

        assertThat(fail(Contract.DOCUMENT_STATS, envelope("c1", false, item)))
                .hasMessage("items[0] (19|Văn phòng UBND tỉnh|2026-10): outgoing: is missing (required)");
    }

    @Test
    void namesABadPeriod() {
        String item = ApiExamples.OBSERVATION.replace("2026-10", "2026-13");

        assertThat(fail(Contract.OBSERVATIONS, envelope("c1", false, item)))
                .hasMessage("items[0] (PS_ONTIME_RATE|19|2026-13): period: \"2026-13\" is not a period (YYYY-MM,"
                        + " YYYY-Qn or YYYY)");
    }

    @Test
    void namesAnUnknownEnumValueWithTheKnownOnes() {
        String item = ApiExamples.CAMERA.replace("\"mjpeg\"", "\"rtsp\"");

        assertThat(fail(Contract.CAMERAS, envelope("c1", false, item)))
                .hasMessage("items[0] (CAM-0012): stream_kind: \"rtsp\" is not one of mjpeg, hls, snapshot");
    }

    @Test
    void refusesATimestampWithoutOffset() {
        String item = ApiExamples.INDICATOR.replace("2026-01-05T00:00:00Z", "2026-01-05T00:00:00");

        assertThat(fail(Contract.INDICATORS, envelope("c1", false, item)))
                .hasMessage("items[0] (PS_ONTIME_RATE): updated_at: \"2026-01-05T00:00:00\" has no offset (the"
                        + " console never guesses a zone)");
    }

    @Test
    void refusesADeletedItemWithoutItsKey() {
        assertThat(fail(Contract.CAMERAS, envelope("c1", false, "{\"deleted\": true}")))
                .hasMessage("items[0]: a deleted item must carry its key");
    }

    @Test
    void refusesBrokenEnvelopes() {
        assertThat(fail(Contract.CAMERAS, "[]"))
                .hasMessage("the answer must be a JSON object with items, next_cursor" + " and has_more");
        assertThat(fail(Contract.CAMERAS, "{\"has_more\": false}")).hasMessage("items is missing (required)");
        assertThat(fail(Contract.CAMERAS, "{\"items\": []}")).hasMessage("has_more is missing (required)");
        assertThat(fail(Contract.CAMERAS, "{\"items\": {}, \"has_more\": false}"))
                .hasMessage("items must be a list");
        assertThat(fail(Contract.CAMERAS, "{\"items\": [], \"has_more\": \"no\"}"))
                .hasMessage("has_more must be true or false");
        assertThat(fail(Contract.CAMERAS, "{\"items\": [], \"has_more\": false, \"next_cursor\": 7}"))
                .hasMessage("next_cursor must be text");
        assertThat(fail(Contract.CAMERAS, "{\"items\": [1], \"has_more\": false}"))
                .hasMessage("items[0]: must be an" + " object");
        assertThat(fail(Contract.CAMERAS, "{\"items\": [], \"has_more\": false} {}"))
                .hasMessage("the answer holds more than one JSON value");
    }

    @Test
    void refusesAPageThatWouldNeverEnd() {
        assertThat(fail(Contract.CAMERAS, envelope(null, true)))
                .hasMessage("has_more is true but next_cursor does not move past the cursor sent");
    }

    @Test
    void refusesSomethingElseThanJsonNamingItsType() {
        fixture.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html; charset=utf-8")
                .body("<html><body>Đăng nhập Wi-Fi</body></html>")
                .build());

        SourceException e = fetchFailure(Contract.CAMERAS);

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e).hasMessageStartingWith("the answer is not valid JSON (Content-Type text/html; charset=utf-8): ");
        assertThat(e.getMessage()).contains("line 1, column");
    }

    @Test
    void refusesAPageWithMoreItemsThanThePageSize() {
        fixture.enqueue(200, envelope("c1", false, ApiExamples.CAMERA, ApiExamples.CAMERA, ApiExamples.CAMERA));

        SourceException e = catchThrowableOfType(SourceException.class, () -> fixture.connectors
                .create(fixture.source(Contract.CAMERAS).withPageSize(2))
                .fetch(null, null, new CancelHandle()));

        assertThat(e.kind()).isEqualTo(FailureKind.LIMIT_EXCEEDED);
        assertThat(e).hasMessage("the page holds more than 2 items, the source's page-size");
    }

    @Test
    void anUnexpectedErrorWhileMappingEndsAsAFailureOfTheSource() {
        FeedSpec<String> spec = FeedSpec.of(Contract.CAMERAS, "cameras", String.class, new ExplodingMapping());
        fixture.enqueue(200, envelope("c1", false, ApiExamples.CAMERA));

        SourceException e = catchThrowableOfType(SourceException.class, () -> fixture.connectors
                .feed(fixture.source(Contract.CAMERAS), spec)
                .fetch(null, null, new CancelHandle()));

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e).hasMessage("the answer could not be read (IllegalStateException)");
    }

    /** A mapping with a bug. */
    private static final class ExplodingMapping implements FeedMapping<Map<?, ?>, String> {
        @Override
        @SuppressWarnings("unchecked")
        public Class<Map<?, ?>> dtoType() {
            return (Class<Map<?, ?>>) (Class<?>) Map.class;
        }

        @Override
        public boolean deleted(Map<?, ?> dto) {
            return false;
        }

        @Override
        public String key(Map<?, ?> dto) {
            return null;
        }

        @Override
        public String toModel(Map<?, ?> dto, ItemRef ref, URI sourceUrl) {
            throw new IllegalStateException("a bug");
        }
    }

    private SourceException fail(Contract contract, String body) {
        fixture.enqueue(200, body);
        return fetchFailure(contract);
    }

    private SourceException fetchFailure(Contract contract) {
        return catchThrowableOfType(
                SourceException.class,
                () -> fixture.connectors.create(fixture.source(contract)).fetch(null, null, new CancelHandle()));
    }
}
