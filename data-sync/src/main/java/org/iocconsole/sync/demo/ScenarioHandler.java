package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.ConfigProblem;
import org.iocconsole.sync.scenario.BuiltInScenarios;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioEvent;
import org.iocconsole.sync.scenario.ScenarioLoader;
import org.iocconsole.sync.scenario.ScenarioTime;

/**
 * {@code {api}/scenario}: the trainer's controls of the scenario player, described in {@code docs/api/scenario.md}.
 * {@code GET} gives the status and the board; {@code POST} to {@code play}, {@code pause}, {@code reset},
 * {@code speed}, {@code seek} and {@code load} changes it and answers the new status.
 */
final class ScenarioHandler {
    private final DemoWorld world;
    private final ScenarioPlayer player;
    private final Supplier<DemoWorld> current;

    /**
     * @param world the world this handler was made with, for its mapper
     * @param player null when the province plays no scenario: every request then gets 404
     * @param current the world served now: after a seek back, a newer one than {@code world}
     */
    ScenarioHandler(DemoWorld world, ScenarioPlayer player, Supplier<DemoWorld> current) {
        this.world = world;
        this.player = player;
        this.current = current;
    }

    void handle(HttpExchange exchange, String rest) throws IOException {
        if (player == null) {
            throw HttpError.notFound("this demo province plays no scenario (start it with a scenario)");
        }
        String method = exchange.getRequestMethod();
        if (rest.isEmpty() || rest.equals("/")) {
            if (!"GET".equals(method)) {
                throw HttpError.methodNotAllowed(method);
            }
            send(exchange);
            return;
        }
        if (!"POST".equals(method)) {
            throw HttpError.methodNotAllowed(method);
        }
        JsonNode body = body(exchange);
        try {
            switch (rest) {
                case "/play" -> player.play();
                case "/pause" -> player.pause();
                case "/reset" -> player.reset();
                case "/speed" -> player.setSpeed(number(body, "speed"));
                case "/seek" -> player.seek(position(body));
                case "/load" -> player.load(scenario(body));
                default ->
                    throw HttpError.notFound("no scenario control \"" + rest.substring(1)
                            + "\" (controls: play, pause, reset, speed, seek, load)");
            }
        } catch (IllegalArgumentException e) {
            throw new HttpError(422, "invalid_control", e.getMessage());
        } catch (ConfigException e) {
            sendProblems(exchange, e);
            return;
        }
        send(exchange);
    }

    private JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = RequestBodies.read(exchange);
        if (bytes.length == 0) {
            return world.mapper.createObjectNode();
        }
        try {
            JsonNode node = world.mapper.readTree(bytes);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // answered below
        }
        throw HttpError.badRequest("the body must be a JSON object");
    }

    private static double number(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isNumber()) {
            throw new HttpError(422, "invalid_control", field + " must be a number");
        }
        return value.asDouble();
    }

    private static Duration position(JsonNode body) {
        JsonNode value = body.get("position");
        Optional<Duration> position = value != null && value.isTextual()
                ? ScenarioTime.parse(value.asText())
                : value != null && value.isNumber()
                        ? Optional.of(Duration.ofSeconds(value.asLong()))
                        : Optional.empty();
        return position.orElseThrow(() ->
                new HttpError(422, "invalid_control", "position must be HH:MM or HH:MM:SS from the start, or seconds"));
    }

    private static Scenario scenario(JsonNode body) throws ConfigException {
        JsonNode builtIn = body.get("builtin");
        if (builtIn != null && builtIn.isTextual()) {
            return BuiltInScenarios.load(builtIn.asText());
        }
        JsonNode yaml = body.get("yaml");
        if (yaml != null && yaml.isTextual()) {
            JsonNode name = body.get("name");
            return ScenarioLoader.parse(yaml.asText(), name != null && name.isTextual() ? name.asText() : "scenario");
        }
        throw new HttpError(422, "invalid_control", "give builtin (a built-in scenario's id) or yaml (its text)");
    }

    private void send(HttpExchange exchange) throws IOException {
        ScenarioPlayer.Status status = player.status();
        DemoWorld now = current.get();
        now.readReports(desk -> null); // scripted reports get their ids when the desk catches up
        Scenario scenario = status.scenario();
        ObjectNode json =
                world.mapper.createObjectNode().put("id", scenario.id()).put("province", scenario.province());
        json.putObject("title")
                .put("vi", scenario.title().vi())
                .put("en", scenario.title().en());
        json.putObject("description")
                .put("vi", scenario.description().vi())
                .put("en", scenario.description().en());
        json.put("start", Json.utc(scenario.start()))
                .put("end", Json.utc(scenario.end()))
                .put("length_seconds", scenario.length().toSeconds())
                .put("state", status.state().name().toLowerCase(Locale.ROOT))
                .put("speed", status.speed())
                .put("position", ScenarioTime.format(status.position()))
                .put("position_seconds", status.position().toSeconds())
                .put("virtual_time", Json.utc(status.virtualTime()))
                .put("generation", status.generation())
                .put("events", scenario.events().size())
                .put("events_done", status.eventsDone());
        ArrayNode timeline = json.putArray("timeline");
        for (ScenarioEvent event : scenario.events()) {
            timeline.addObject()
                    .put("at_seconds", event.at().toSeconds())
                    .put("type", event.type().key());
        }
        ObjectNode board =
                now.script == null ? world.mapper.createObjectNode() : now.script.board.json(status.virtualTime());
        json.set("board", board);
        Responses.send(exchange, 200, Responses.JSON, Json.bytes(world.mapper, json));
    }

    private void sendProblems(HttpExchange exchange, ConfigException e) throws IOException {
        ObjectNode json =
                world.mapper.createObjectNode().put("error", "invalid_scenario").put("message", e.getMessage());
        ArrayNode problems = json.putArray("problems");
        for (ConfigProblem problem : e.problems()) {
            problems.addObject()
                    .put("file", problem.file())
                    .put("line", problem.line())
                    .put("field", problem.field())
                    .put("problem", problem.problem());
        }
        Responses.send(exchange, 422, Responses.JSON, Json.bytes(world.mapper, json));
    }
}
