package org.iocconsole.sync.connector.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.connector.ConnectorFixture.envelope;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.iocconsole.sync.connector.ApiExamples;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.FetchResult;
import org.iocconsole.sync.connector.SourceConnector;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Observation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cursors, ETags, 304 and tombstones of the shared feed envelope. */
class FeedPagingTest {

    private final ConnectorFixture fixture = new ConnectorFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void followsCursorsAndSendsTheEtagOnlyForTheCursorItCameWith() throws Exception {
        SourceConnector<Camera> cameras = fixture.connectors.feed(
                fixture.source(Contract.CAMERAS).withPageSize(2),
                org.iocconsole.sync.connector.cameras.CameraFeed.SPEC);
        String second = ApiExamples.CAMERA.replace("CAM-0012", "CAM-0013");
        CancelHandle cancel = new CancelHandle();

        fixture.enqueue(json(envelope("c1", true, ApiExamples.CAMERA, second))
                .setHeader("ETag", "\"e1\"")
                .build());
        FetchResult<Camera> first = cameras.fetch(null, null, cancel);
        RecordedRequest firstRequest = fixture.take();
        assertThat(firstRequest.getUrl().queryParameter("since")).isNull();
        assertThat(firstRequest.getUrl().queryParameter("limit")).isEqualTo("2");
        assertThat(first.page().items()).extracting(Camera::cameraId).containsExactly("CAM-0012", "CAM-0013");
        assertThat(first.page().nextCursor()).isEqualTo("c1");
        assertThat(first.page().hasMore()).isTrue();
        assertThat(first.page().etag())
                .as("the ETag describes the answer for no cursor, not for c1")
                .isNull();

        fixture.enqueue(json(envelope("c1", false)).setHeader("ETag", "\"e2\"").build());
        FetchResult<Camera> last = cameras.fetch("c1", null, cancel);
        assertThat(fixture.take().getUrl().queryParameter("since")).isEqualTo("c1");
        assertThat(last.notModified()).isFalse();
        assertThat(last.page().items()).isEmpty();
        assertThat(last.page().hasMore()).isFalse();
        assertThat(last.page().nextCursor()).isEqualTo("c1");
        assertThat(last.page().etag()).isEqualTo("\"e2\"");

        fixture.enqueue(new MockResponse.Builder().code(304).build());
        FetchResult<Camera> unchanged = cameras.fetch("c1", "\"e2\"", cancel);
        RecordedRequest conditional = fixture.take();
        assertThat(conditional.getHeaders().get("If-None-Match")).isEqualTo("\"e2\"");
        assertThat(unchanged.notModified()).isTrue();
        assertThat(unchanged.page().items()).isEmpty();
        assertThat(unchanged.page().deletedKeys()).isEmpty();
        assertThat(unchanged.page().nextCursor()).isEqualTo("c1");
        assertThat(unchanged.page().etag()).isEqualTo("\"e2\"");
        assertThat(unchanged.page().hasMore()).isFalse();
    }

    @Test
    void keepsTheCursorSentWhenTheServerGivesNone() throws Exception {
        SourceConnector<?> cameras = fixture.connectors.create(fixture.source(Contract.CAMERAS));
        fixture.enqueue(200, "{\"has_more\": false, \"items\": []}");

        assertThat(cameras.fetch("c7", null, new CancelHandle()).page().nextCursor())
                .isEqualTo("c7");
    }

    @Test
    void turnsTombstonesIntoDeletedKeys() throws Exception {
        SourceConnector<?> cameras = fixture.connectors.create(fixture.source(Contract.CAMERAS));
        fixture.enqueue(200, envelope("c2", false, ApiExamples.CAMERA, "{\"id\": \"CAM-0099\", \"deleted\": true}"));

        FetchResult<?> result = cameras.fetch("c1", null, new CancelHandle());

        assertThat(result.page().items()).hasSize(1);
        assertThat(result.page().deletedKeys()).containsExactly("CAM-0099");
    }

    @Test
    void keysCompositeTombstonesByTheirKeyFields() throws Exception {
        SourceConnector<?> observations = fixture.connectors.create(fixture.source(Contract.OBSERVATIONS));
        fixture.enqueue(
                200,
                envelope(
                        "c2",
                        false,
                        "{\"indicator\": \"PS_ONTIME_RATE\", \"unit_code\": \"19\", \"period\": \"2026-10\","
                                + " \"deleted\": true}",
                        ApiExamples.OBSERVATION.replace("97.4", "null")));

        FetchResult<?> result = observations.fetch(null, null, new CancelHandle());

        assertThat(result.page().deletedKeys()).containsExactly("PS_ONTIME_RATE|19|2026-10");
        assertThat(((Observation) result.page().items().get(0)).value()).isNull();
    }

    @Test
    void skipsFieldsItDoesNotKnow() throws Exception {
        SourceConnector<?> cameras = fixture.connectors.create(fixture.source(Contract.CAMERAS));
        fixture.enqueue(
                200,
                "{\"total\": 1, \"meta\": {\"x\": [1, 2]}, \"items\": ["
                        + ApiExamples.CAMERA.replace("\"id\"", "\"vendor\": {\"a\": 1}, \"id\"")
                        + "], \"next_cursor\": \"c1\", \"has_more\": false}");

        assertThat(cameras.fetch(null, null, new CancelHandle()).page().items()).hasSize(1);
    }

    private static MockResponse.Builder json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(body);
    }
}
