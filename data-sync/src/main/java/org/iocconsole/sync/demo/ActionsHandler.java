package org.iocconsole.sync.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST actions}: operator actions from the console's outbox. An {@code Idempotency-Key} is required; a key
 * seen before gets the first answer again and nothing is applied twice. A stale {@code base_updated_at} or a
 * transition no longer allowed gives 409; an unknown kind, target or payload gives 422.
 */
final class ActionsHandler {
    private static final int MAX_KEYS = 100_000;
    private static final int MAX_KEY_LENGTH = 200;

    private record Answer(int status, byte[] body) {}

    private final DemoWorld world;
    private final ReportActions reportActions;
    /** First answers by idempotency key, oldest evicted first. Guarded by the report desk's lock. */
    private final Map<String, Answer> answers = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > MAX_KEYS;
        }
    };

    ActionsHandler(DemoWorld world) {
        this.world = world;
        this.reportActions = new ReportActions(world);
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            throw HttpError.methodNotAllowed(exchange.getRequestMethod());
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.isBlank()) {
            throw new HttpError(400, "missing_idempotency_key", "thiếu header Idempotency-Key");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw HttpError.badRequest("Idempotency-Key dài tối đa " + MAX_KEY_LENGTH + " ký tự");
        }
        byte[] body = RequestBodies.read(exchange);
        Answer answer = world.readReports(desk -> answers.computeIfAbsent(key, k -> apply(desk, body)));
        Responses.send(exchange, answer.status(), Responses.JSON, answer.body());
    }

    private Answer apply(ReportDesk desk, byte[] body) {
        try {
            JsonNode action = parse(body);
            String kind = required(action, "kind");
            String target = required(action, "target");
            JsonNode payload = action.path("payload");
            if (!payload.isMissingNode() && !payload.isNull() && !payload.isObject()) {
                throw HttpError.badRequest("payload phải là một đối tượng JSON");
            }
            String actor = action.path("actor").asText("console");
            if ("alert.acknowledge".equals(kind)) {
                // The demo keeps no alert registry: the console raises alerts itself, so any one may be acknowledged.
                return applied();
            }
            if (!kind.startsWith("report.")) {
                throw new HttpError(422, "unknown_kind", "không hỗ trợ kind \"" + kind + "\"");
            }
            Report report = desk.store.get(target);
            if (report == null) {
                throw new HttpError(422, "unknown_target", "không có phản ánh " + target);
            }
            String base = action.path("base_updated_at").asText(null);
            if (base != null) {
                Instant seen = Query.parseInstant("base_updated_at", base);
                if (seen.isBefore(report.updatedAt)) {
                    throw new HttpError(
                            409,
                            "conflict",
                            "Phản ánh " + target + " đã thay đổi lúc " + Json.vietnamTime(report.updatedAt)
                                    + ", sau phiên bản người điều hành đã xem");
                }
            }
            reportActions.apply(
                    desk, kind, report, payload.isObject() ? payload : world.mapper.createObjectNode(), actor);
            return applied();
        } catch (HttpError e) {
            return new Answer(e.status, Responses.apiError(world.mapper, e.code, e.getMessage()));
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = world.mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw HttpError.badRequest("thân yêu cầu phải là một đối tượng JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("JSON không hợp lệ: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw HttpError.badRequest("không đọc được thân yêu cầu");
        }
    }

    private static String required(JsonNode action, String field) {
        JsonNode node = action.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw HttpError.badRequest("thiếu trường " + field);
        }
        return node.asText();
    }

    private Answer applied() {
        return new Answer(
                200, Json.bytes(world.mapper, world.mapper.createObjectNode().put("status", "applied")));
    }
}
