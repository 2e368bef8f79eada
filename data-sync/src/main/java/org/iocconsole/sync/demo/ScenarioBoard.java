package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioEvent;

/**
 * What a scenario shows beside the contracts' data: its alerts, affected areas and messages to the operators, the
 * ids its reports got, and how many of its events have happened. Thread-safe.
 */
final class ScenarioBoard {
    private final Scenario scenario;
    private final ChangeScheduler scheduler = new ChangeScheduler();
    private final List<ObjectNode> alerts = new ArrayList<>();
    private final Map<String, ObjectNode> areas = new LinkedHashMap<>();
    private final List<ObjectNode> messages = new ArrayList<>();
    private final Map<String, String> reportIds = new LinkedHashMap<>();
    private final ObjectMapper mapper;
    private int applied;

    ScenarioBoard(Scenario scenario, ObjectMapper mapper) {
        this.scenario = scenario;
        this.mapper = mapper;
        for (ScenarioEvent event : scenario.events()) {
            scheduler.schedule(scenario.start().plus(event.at()), ScenarioScript.key(event), at -> show(event, at));
        }
    }

    /** Applies the events due by {@code now}. */
    synchronized void catchUp(Instant now) {
        scheduler.runUntil(now);
    }

    synchronized void reportAdmitted(String ref, String id) {
        reportIds.put(ref, id);
    }

    synchronized String reportId(String ref) {
        return reportIds.get(ref);
    }

    /** The board as of {@code now}, as JSON for the control endpoint. */
    synchronized ObjectNode json(Instant now) {
        catchUp(now);
        ObjectNode board = mapper.createObjectNode();
        board.put("events_applied", applied);
        ObjectNode ids = board.putObject("report_ids");
        reportIds.forEach(ids::put);
        board.putArray("alerts").addAll(alerts);
        board.putArray("areas").addAll(areas.values());
        board.putArray("messages").addAll(messages);
        return board;
    }

    private void show(ScenarioEvent event, Instant at) {
        applied++;
        switch (event.type()) {
            case ALERT -> {
                ObjectNode alert = base(event, at).put("level", event.required("level"));
                texts(alert, "title", event.texts("title"));
                texts(alert, "text", event.texts("text"));
                event.field("commune").ifPresent(c -> alert.put("commune", c));
                alerts.add(alert);
            }
            case AREA -> {
                ObjectNode area =
                        base(event, at).put("ref", event.required("ref")).put("kind", event.required("kind"));
                texts(area, "name", event.texts("name"));
                ArrayNode ring = area.putArray("polygon");
                event.polygon().forEach(p -> ring.addArray().add(p[0]).add(p[1]));
                areas.put(event.required("ref"), area);
            }
            case AREA_CLEARED -> areas.remove(event.required("area"));
            case MESSAGE -> {
                ObjectNode message = base(event, at).put("from", event.required("from"));
                texts(message, "text", event.texts("text"));
                messages.add(message);
            }
            default -> {
                // reports, figures and cameras go to their feeds
            }
        }
    }

    private ObjectNode base(ScenarioEvent event, Instant at) {
        return mapper.createObjectNode().put("event", event.index()).put("at", Json.utc(at));
    }

    private static void texts(ObjectNode node, String name, Scenario.Texts texts) {
        if (!texts.vi().isEmpty() || !texts.en().isEmpty()) {
            node.putObject(name).put("vi", texts.vi()).put("en", texts.en());
        }
    }
}
