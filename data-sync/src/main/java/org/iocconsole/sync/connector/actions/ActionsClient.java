package org.iocconsole.sync.connector.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.ResponseLimitException;
import org.iocconsole.sync.connector.ServerMessages;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.connector.SourceHttp;

/**
 * Pushes operator actions: {@code POST {outbox url}/actions} with {@code Idempotency-Key} and the JSON body of
 * docs/api/actions.md, and classifies the answer exactly as that document's table says. Called by the outbox pusher
 * on its own thread, one action at a time and in order. Thread-safe (immutable).
 */
public final class ActionsClient {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final SourceHttp http;
    private final HttpUrl endpoint;
    private final ObjectMapper mapper;

    /**
     * @param http requests for the outbox ({@link SourceHttp#forOutbox})
     * @param outboxUrl the {@code outbox.url} of the sources file
     */
    public ActionsClient(SourceHttp http, URI outboxUrl, ObjectMapper mapper) {
        this.http = http;
        this.endpoint = HttpUrl.get(outboxUrl).resolve("actions");
        this.mapper = mapper;
    }

    /**
     * Pushes one action and classifies the answer; a broken connection or timeout is a {@link ActionOutcome#TRANSIENT}
     * result, not an exception.
     *
     * @throws SourceException only when the action was not sent at all: cancelled ({@link FailureKind#CANCELLED}),
     *     or the outbox's token cannot be read ({@link FailureKind#CONFIGURATION}); the action stays pending
     * @throws IllegalArgumentException when the action's payload is not a JSON object
     */
    public ActionResult push(OutgoingAction action, CancelHandle cancel) throws SourceException {
        Request request = new Request.Builder()
                .url(endpoint)
                .header("Idempotency-Key", action.idempotencyKey())
                .header("Accept", "application/json")
                .post(RequestBody.create(body(action), JSON))
                .build();
        try {
            return http.exchange(request, cancel, this::classify);
        } catch (SourceException e) {
            if (e.kind() == FailureKind.CANCELLED || e.kind() == FailureKind.CONFIGURATION) {
                throw e;
            }
            return new ActionResult(
                    ActionOutcome.TRANSIENT, 0, e.getMessage(), e.retryAfter().orElse(null));
        }
    }

    private byte[] body(OutgoingAction action) {
        JsonNode payload;
        try {
            payload = mapper.readTree(action.payloadJson());
        } catch (IOException e) {
            throw new IllegalArgumentException("the payload of action " + action.idempotencyKey() + " is not JSON", e);
        }
        if (payload == null || !payload.isObject()) {
            throw new IllegalArgumentException(
                    "the payload of action " + action.idempotencyKey() + " is not an object");
        }
        ObjectNode body = mapper.createObjectNode()
                .put("kind", action.kind())
                .put("target", action.target())
                .set("payload", payload);
        body.put("actor", action.actor()).put("created_at", action.createdAt().toString());
        body.put(
                "base_updated_at",
                action.baseUpdatedAt() == null ? null : action.baseUpdatedAt().toString());
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write an action body", e);
        }
    }

    private ActionResult classify(Response response, InputStream body) throws IOException {
        int code = response.code();
        if (code == 401 || code == 403 || code == 408 || code == 429 || code >= 500) {
            SourceException failure = http.statusFailure(response);
            ActionOutcome outcome =
                    failure.kind() == FailureKind.UNAUTHORIZED ? ActionOutcome.UNAUTHORIZED : ActionOutcome.TRANSIENT;
            return new ActionResult(
                    outcome, code, failure.getMessage(), failure.retryAfter().orElse(null));
        }
        JsonNode answer = readAnswer(body);
        String said = http.redact(text(answer, "message"));
        if (code == 200 || code == 201) {
            if ("applied".equals(text(answer, "status"))) {
                return new ActionResult(ActionOutcome.APPLIED, code, "applied", null);
            }
            return new ActionResult(
                    ActionOutcome.TRANSIENT,
                    code,
                    "the server answered " + code + " without \"status\": \"applied\"",
                    null);
        }
        String shown = "the server answered " + code + (said == null ? "" : ": " + said);
        if (code == 409) {
            return new ActionResult(ActionOutcome.CONFLICT, code, shown, null);
        }
        if (code == 400 || code == 422) {
            return new ActionResult(ActionOutcome.REJECTED, code, shown, null);
        }
        return new ActionResult(ActionOutcome.TRANSIENT, code, shown + " (unexpected; the action stays pending)", null);
    }

    private JsonNode readAnswer(InputStream body) throws IOException {
        try {
            return mapper.readTree(body);
        } catch (ResponseLimitException e) {
            throw e;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode answer, String field) {
        if (answer == null || !answer.isObject() || !answer.path(field).isValueNode()) {
            return null;
        }
        String text = ServerMessages.sanitize(answer.path(field).asText());
        return text.isEmpty() ? null : text;
    }
}
