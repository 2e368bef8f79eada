package org.iocconsole.sync.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the control endpoint's status JSON into a {@link ScenarioStatus}. */
final class ScenarioStatusJson {
    private ScenarioStatusJson() {}

    static ScenarioStatus read(JsonNode json) throws IOException {
        if (json == null || !json.isObject() || !json.has("state")) {
            throw new IOException("the answer is not a scenario status");
        }
        List<ScenarioStatus.Mark> marks = new ArrayList<>();
        for (JsonNode mark : json.path("timeline")) {
            marks.add(new ScenarioStatus.Mark(
                    mark.path("at_seconds").asLong(), mark.path("type").asText()));
        }
        JsonNode board = json.path("board");
        Map<String, String> reportIds = new LinkedHashMap<>();
        board.path("report_ids")
                .fields()
                .forEachRemaining(e -> reportIds.put(e.getKey(), e.getValue().asText()));
        return new ScenarioStatus(
                json.path("id").asText(),
                texts(json.path("title")),
                json.path("state").asText(),
                json.path("speed").asDouble(),
                json.path("position_seconds").asLong(),
                json.path("length_seconds").asLong(),
                ScenarioControl.instant(json.get("virtual_time")),
                json.path("generation").asLong(),
                json.path("events").asInt(),
                json.path("events_done").asLong(),
                marks,
                reportIds);
    }

    private static Scenario.Texts texts(JsonNode node) {
        return new Scenario.Texts(node.path("vi").asText(""), node.path("en").asText(""));
    }
}
