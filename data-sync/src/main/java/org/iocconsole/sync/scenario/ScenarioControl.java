package org.iocconsole.sync.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The trainer's side of the demo province's scenario control endpoint ({@code {api}/scenario}, docs/api/scenario.md):
 * reads the status and sends play, pause, speed, seek, reset and load. Blocking; called off the FX thread.
 * Thread-safe (immutable).
 */
public final class ScenarioControl {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** A seek back, a reset or a load rebuilds the province before it answers: on a busy machine, a while. */
    static final Duration REBUILD_WAIT = Duration.ofSeconds(120);

    private final OkHttpClient http;
    private final HttpUrl endpoint;
    private final ObjectMapper mapper;

    /** @param apiUrl the demo province's API root ({@code http://127.0.0.1:PORT/api/v1/}) */
    public ScenarioControl(OkHttpClient http, String apiUrl, ObjectMapper mapper) {
        this.http = http.newBuilder()
                .readTimeout(REBUILD_WAIT)
                .callTimeout(REBUILD_WAIT)
                .build();
        this.endpoint = HttpUrl.get(apiUrl).resolve("scenario");
        this.mapper = mapper;
    }

    public ScenarioStatus status() throws ScenarioControlException {
        return send(new Request.Builder().url(endpoint).get().build());
    }

    public ScenarioStatus play() throws ScenarioControlException {
        return post("play", mapper.createObjectNode());
    }

    public ScenarioStatus pause() throws ScenarioControlException {
        return post("pause", mapper.createObjectNode());
    }

    public ScenarioStatus reset() throws ScenarioControlException {
        return post("reset", mapper.createObjectNode());
    }

    /** @param speed virtual seconds per real second, 1 to 600 */
    public ScenarioStatus speed(double speed) throws ScenarioControlException {
        return post("speed", mapper.createObjectNode().put("speed", speed));
    }

    /** @param seconds from the scenario's start */
    public ScenarioStatus seek(long seconds) throws ScenarioControlException {
        return post("seek", mapper.createObjectNode().put("position", seconds));
    }

    /** Plays a built-in scenario from its start, paused. */
    public ScenarioStatus loadBuiltIn(String id) throws ScenarioControlException {
        return post("load", mapper.createObjectNode().put("builtin", id));
    }

    /** Plays the scenario of this YAML text from its start, paused; {@code name} is how problems name the file. */
    public ScenarioStatus loadYaml(String yaml, String name) throws ScenarioControlException {
        return post("load", mapper.createObjectNode().put("yaml", yaml).put("name", name));
    }

    private ScenarioStatus post(String control, ObjectNode body) throws ScenarioControlException {
        try {
            byte[] bytes = mapper.writeValueAsBytes(body);
            return send(new Request.Builder()
                    .url(endpoint.newBuilder().addPathSegment(control).build())
                    .post(RequestBody.create(bytes, JSON))
                    .build());
        } catch (IOException e) {
            throw new ScenarioControlException("cannot write the control: " + e.getMessage(), e);
        }
    }

    private ScenarioStatus send(Request request) throws ScenarioControlException {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            JsonNode json = body == null ? null : mapper.readTree(body.byteStream());
            if (!response.isSuccessful()) {
                throw new ScenarioControlException(refusal(response.code(), json));
            }
            return ScenarioStatusJson.read(json);
        } catch (IOException e) {
            throw new ScenarioControlException("the scenario player does not answer: " + e.getMessage(), e);
        }
    }

    private static String refusal(int code, JsonNode json) {
        if (json == null || !json.isObject()) {
            return "the scenario player refused the control (HTTP " + code + ")";
        }
        JsonNode problems = json.get("problems");
        if (problems != null && problems.isArray() && !problems.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (JsonNode p : problems) {
                String field = p.path("field").asText("");
                lines.add(p.path("file").asText() + ":" + p.path("line").asInt() + ": "
                        + (field.isEmpty() || "null".equals(field) ? "" : field + ": ")
                        + p.path("problem").asText());
            }
            return String.join("\n", lines);
        }
        return json.path("message").asText("HTTP " + code);
    }

    static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }
}
