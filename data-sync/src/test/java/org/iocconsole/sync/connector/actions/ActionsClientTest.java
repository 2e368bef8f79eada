package org.iocconsole.sync.connector.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.iocconsole.sync.config.OutboxConfig;
import org.iocconsole.sync.config.TokenRef;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.SourceConnectors;
import org.iocconsole.sync.connector.SourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the answers table of docs/api/actions.md. */
class ActionsClientTest {

    private static final OutgoingAction ASSIGN = new OutgoingAction(
            "5f0c6c1e-2a4b-4f7e-9d0a-7c1b2e3f4a5b",
            "report.assign",
            "TN-2026-031245",
            "{\"agency\": \"Sở Xây dựng\", \"note\": \"Chuyển xử lý theo thẩm quyền\"}",
            "dieuhanh01",
            Instant.parse("2026-11-22T02:15:03Z"),
            Instant.parse("2026-11-21T02:40:00Z"));

    private final ConnectorFixture fixture = new ConnectorFixture();
    private final OutboxConfig outbox = new OutboxConfig(
            fixture.url("/api/v1/"), new TokenRef.FromEnv(ConnectorFixture.TOKEN_ENV), Duration.ofSeconds(2), false);
    private final ActionsClient client = fixture.connectors.actions(outbox);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void postsTheDocumentedBodyWithItsIdempotencyKey() throws Exception {
        fixture.enqueue(201, "{\"status\": \"applied\"}");

        ActionResult result = client.push(ASSIGN, new CancelHandle());

        RecordedRequest request = fixture.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/actions");
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("5f0c6c1e-2a4b-4f7e-9d0a-7c1b2e3f4a5b");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ConnectorFixture.TOKEN);
        JsonNode body = fixture.mapper.readTree(request.getBody().utf8());
        assertThat(body).isEqualTo(fixture.mapper.readTree("""
                        {
                          "kind": "report.assign",
                          "target": "TN-2026-031245",
                          "payload": { "agency": "Sở Xây dựng", "note": "Chuyển xử lý theo thẩm quyền" },
                          "actor": "dieuhanh01",
                          "created_at": "2026-11-22T02:15:03Z",
                          "base_updated_at": "2026-11-21T02:40:00Z"
                        }"""));
        assertThat(result).isEqualTo(new ActionResult(ActionOutcome.APPLIED, 201, "applied", null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "200|{\"status\": \"applied\"}|APPLIED|applied",
                "201|{\"status\": \"applied\"}|APPLIED|applied",
                "409|{\"error\": \"conflict\", \"message\": \"Phản ánh đã được cập nhật\"}|CONFLICT|the server"
                        + " answered 409: Phản ánh đã được cập nhật",
                "400|{\"error\": \"bad_request\", \"message\": \"Thiếu agency\"}|REJECTED|the server answered 400:"
                        + " Thiếu agency",
                "422|{\"error\": \"refused\", \"message\": \"Không thuộc thẩm quyền\"}|REJECTED|the server answered"
                        + " 422: Không thuộc thẩm quyền",
                "401|{\"error\": \"unauthorized\"}|UNAUTHORIZED|the server answered 401: unauthorized (check the"
                        + " environment variable IOC_TEST_TOKEN)",
                "403||UNAUTHORIZED|the server answered 403 (check the environment variable IOC_TEST_TOKEN)",
                "408||TRANSIENT|the server answered 408",
                "500|{\"error\": \"internal\"}|TRANSIENT|the server answered 500: internal",
                "502||TRANSIENT|the server answered 502",
                "404|{\"error\": \"not_found\"}|TRANSIENT|the server answered 404 (unexpected; the action stays"
                        + " pending)",
                "200|<html>portal</html>|TRANSIENT|the server answered 200 without \"status\": \"applied\"",
            })
    void classifiesEveryAnswer(int status, String body, ActionOutcome outcome, String message) throws Exception {
        fixture.enqueue(status, body == null ? "" : body);
        if (status == 408) {
            // OkHttp repeats a request answered 408 once by itself, as the specification allows.
            fixture.enqueue(status, "");
        }

        ActionResult result = client.push(ASSIGN, new CancelHandle());

        assertThat(result).isEqualTo(new ActionResult(outcome, status, message, null));
    }

    @Test
    void theFirstAnswerAgainForAKeySeenBeforeIsApplied() throws Exception {
        fixture.enqueue(201, "{\"status\": \"applied\"}");
        fixture.enqueue(200, "{\"status\": \"applied\"}");

        ActionResult first = client.push(ASSIGN, new CancelHandle());
        ActionResult again = client.push(ASSIGN, new CancelHandle());

        assertThat(fixture.take().getHeaders().get("Idempotency-Key"))
                .isEqualTo(fixture.take().getHeaders().get("Idempotency-Key"));
        assertThat(first.outcome()).isEqualTo(ActionOutcome.APPLIED);
        assertThat(again.outcome()).isEqualTo(ActionOutcome.APPLIED);
    }

    @Test
    void honoursRetryAfterInSecondsAndAsADate() throws Exception {
        fixture.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "30")
                .build());
        fixture.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader(
                        "Retry-After",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                ConnectorFixture.NOW.plusSeconds(600).atOffset(ZoneOffset.UTC)))
                .build());

        ActionResult tooMany = client.push(ASSIGN, new CancelHandle());
        ActionResult unavailable = client.push(ASSIGN, new CancelHandle());

        assertThat(tooMany)
                .isEqualTo(new ActionResult(
                        ActionOutcome.TRANSIENT,
                        429,
                        "the server answered 429 (retry after 30 s)",
                        Duration.ofSeconds(30)));
        assertThat(unavailable.outcome()).isEqualTo(ActionOutcome.TRANSIENT);
        assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void noAnswerIsTransient() throws Exception {
        fixture.enqueue(new MockResponse.Builder()
                .onRequestStart(new SocketEffect.CloseSocket(true, true, true))
                .build());
        fixture.enqueue(
                new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).build());

        ActionResult dropped = client.push(ASSIGN, new CancelHandle());
        ActionResult timedOut = client.push(ASSIGN, new CancelHandle());

        assertThat(dropped.outcome()).isEqualTo(ActionOutcome.TRANSIENT);
        assertThat(dropped.httpStatus()).isZero();
        assertThat(timedOut.outcome()).isEqualTo(ActionOutcome.TRANSIENT);
        assertThat(timedOut.message()).isEqualTo("no complete answer within 2 s (timeout)");
    }

    @Test
    void anUnreadableTokenOrACancelSendsNothing() {
        ActionsClient withoutToken = new SourceConnectors(
                        fixture.shared, fixture.mapper, new TokenResolver(Map.of()), fixture.clock)
                .actions(outbox);
        CancelHandle cancelled = new CancelHandle();
        cancelled.cancel();

        SourceException noToken =
                catchThrowableOfType(SourceException.class, () -> withoutToken.push(ASSIGN, new CancelHandle()));
        SourceException cancel = catchThrowableOfType(SourceException.class, () -> client.push(ASSIGN, cancelled));

        assertThat(noToken.kind()).isEqualTo(FailureKind.CONFIGURATION);
        assertThat(noToken).hasMessage("environment variable IOC_TEST_TOKEN is not set");
        assertThat(cancel.kind()).isEqualTo(FailureKind.CANCELLED);
        assertThat(fixture.server.getRequestCount()).isZero();
    }
}
