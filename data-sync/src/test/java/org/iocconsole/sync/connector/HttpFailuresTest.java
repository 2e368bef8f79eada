package org.iocconsole.sync.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every way a request can fail is classified, with a message an operator understands. */
class HttpFailuresTest {

    private final ConnectorFixture fixture = new ConnectorFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void a503WithRetryAfterInSecondsIsTransient() {
        fixture.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "120")
                .setHeader("Content-Type", "application/json")
                .body("{\"error\": \"maintenance\", \"message\": \"Hệ thống đang bảo trì\"}")
                .build());

        SourceException e = fetchFailure();

        assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(e.kind().retryable()).isTrue();
        assertThat(e.httpStatus()).hasValue(503);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(e).hasMessage("the server answered 503: Hệ thống đang bảo trì (retry after 120 s)");
    }

    @Test
    void a500WithRetryAfterAsADateIsTransient() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ConnectorFixture.NOW.plusSeconds(90).atOffset(ZoneOffset.UTC));
        fixture.enqueue(new MockResponse.Builder()
                .code(500)
                .setHeader("Retry-After", date)
                .body("")
                .build());

        SourceException e = fetchFailure();

        assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(90));
        assertThat(e).hasMessage("the server answered 500 (retry after 90 s)");
    }

    @Test
    void a429And408AreTransientAndAnUnreadableRetryAfterIsIgnored() {
        fixture.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "soon")
                .body("")
                .build());
        // OkHttp repeats a request answered 408 once by itself, as the specification allows.
        fixture.enqueue(new MockResponse.Builder().code(408).body("").build());
        fixture.enqueue(new MockResponse.Builder().code(408).body("").build());

        SourceException tooMany = fetchFailure();
        SourceException timeout = fetchFailure();

        assertThat(tooMany.kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(tooMany.retryAfter()).isEmpty();
        assertThat(timeout.kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(timeout.httpStatus()).hasValue(408);
    }

    @Test
    void a401Or403IsUnauthorizedAndPointsAtTheToken() {
        fixture.enqueue(401, "{\"error\": \"unauthorized\", \"message\": \"token expired\"}");
        fixture.enqueue(403, "");

        SourceException unauthorized = fetchFailure();
        SourceException forbidden = fetchFailure();

        assertThat(unauthorized.kind()).isEqualTo(FailureKind.UNAUTHORIZED);
        assertThat(unauthorized)
                .hasMessage("the server answered 401: token expired (check the environment variable IOC_TEST_TOKEN)");
        assertThat(forbidden.kind()).isEqualTo(FailureKind.UNAUTHORIZED);
        assertThat(forbidden.kind().retryable()).isFalse();
    }

    @Test
    void anotherClientErrorIsNotRetried() {
        fixture.enqueue(404, "{\"error\": \"not_found\"}");

        SourceException e = fetchFailure();

        assertThat(e.kind()).isEqualTo(FailureKind.CLIENT_ERROR);
        assertThat(e.kind().retryable()).isFalse();
        assertThat(e).hasMessage("the server answered 404: not_found");
    }

    @Test
    void showsServerTextOnOneShortLine() {
        fixture.enqueue(new MockResponse.Builder()
                .code(502)
                .setHeader("Content-Type", "text/plain")
                .body("Bad gateway\r\n\u202Eupstream\u0007 " + "x".repeat(500))
                .build());

        SourceException e = fetchFailure();

        assertThat(e.getMessage()).startsWith("the server answered 502: Bad gateway upstream xxx");
        assertThat(e.getMessage())
                .doesNotContain("\n", "\r", "\u202E", "\u0007")
                .hasSizeLessThan(260);
    }

    @Test
    void aTimeoutIsTransient() {
        fixture.enqueue(new MockResponse.Builder()
                .headersDelay(3, TimeUnit.SECONDS)
                .body("{}")
                .build());

        long start = System.nanoTime();
        SourceException e = catchThrowableOfType(SourceException.class, () -> fixture.connectors
                .create(fixture.source(Contract.CAMERAS).withTimeout(Duration.ofMillis(300)))
                .fetch(null, null, new CancelHandle()));

        assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(e).hasMessage("no complete answer within 300 ms (timeout)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aBodyCutShortIsTransient() {
        fixture.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"items\": [" + ApiExamples.CAMERA)
                .setHeader("Content-Length", "100000")
                .onResponseEnd(new SocketEffect.CloseSocket(true, true, true))
                .build());

        SourceException e = fetchFailure();

        assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(e).hasMessage("the connection closed before the answer was complete");
    }

    @Test
    void truncatedJsonIsTransient() {
        fixture.enqueue(200, "{\"items\": [" + ApiExamples.CAMERA.substring(0, 60));

        SourceException e = fetchFailure();

        assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(e).hasMessage("the answer ended in the middle of its JSON (truncated)");
    }

    @Test
    void brokenJsonIsMalformedWithItsPlace() {
        fixture.enqueue(200, "{\"items\": [{\"id\": \"CAM-1\",, }], \"has_more\": false}");

        SourceException e = fetchFailure();

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e.getMessage()).startsWith("the answer is not valid JSON: ").contains("(line 1, column ");
    }

    @Test
    void aRefusedConnectionIsTransient() {
        var source = fixture.source(Contract.CAMERAS);
        fixture.server.close();

        SourceException e = catchThrowableOfType(
                SourceException.class, () -> fixture.connectors.create(source).fetch(null, null, new CancelHandle()));

        assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(e.getMessage()).startsWith("cannot connect to the server");
    }

    private SourceException fetchFailure() {
        SourceException e = catchThrowableOfType(SourceException.class, () -> fixture.connectors
                .create(fixture.source(Contract.CAMERAS))
                .fetch(null, null, new CancelHandle()));
        assertThat(e).as("a SourceException").isNotNull();
        assertThat(e.sourceId()).isEqualTo("cameras");
        return e;
    }
}
