package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioEvent;
import org.iocconsole.sync.scenario.ScenarioNotices;

/**
 * What a scenario tells the operators beside the other contracts' data: its alerts, affected areas and messages,
 * served as the {@code notices} feed (docs/api/notices.md) so a console syncs them into the drill's cache like any
 * other data. Also keeps the ids its reports got and how many of its events have happened, for the control
 * endpoint. Thread-safe.
 */
final class ScenarioBoard implements LiveFeed {
    private final ChangeScheduler scheduler = new ChangeScheduler();
    private final FeedStore notices = new FeedStore();
    private final Map<String, ObjectNode> areas = new HashMap<>();
    private final Map<String, ObjectNode> alerts = new HashMap<>();
    private final Map<String, String> reportIds = new LinkedHashMap<>();
    private final ObjectMapper mapper;
    private int applied;

    ScenarioBoard(Scenario scenario, ObjectMapper mapper) {
        this.mapper = mapper;
        for (ScenarioEvent event : scenario.events()) {
            scheduler.schedule(scenario.start().plus(event.at()), ScenarioScript.key(event), at -> show(event, at));
        }
    }

    @Override
    public FeedStore store() {
        return notices;
    }

    /** Applies the events due by {@code now}. */
    @Override
    public synchronized void catchUp(Instant now) {
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
        return board;
    }

    private void show(ScenarioEvent event, Instant at) {
        applied++;
        switch (event.type()) {
            case ALERT -> {
                ObjectNode alert =
                        notice(ScenarioNotices.alertId(event), "alert", at).put("level", event.required("level"));
                texts(alert, "title", event.texts("title"));
                texts(alert, "text", event.texts("text"));
                event.field("commune").ifPresent(c -> alert.put("unit_code", c));
                event.field("ref").ifPresent(ref -> alerts.put(ref, alert));
                publish(alert, at);
            }
            case ALERT_CLEARED -> {
                ObjectNode alert = alerts.remove(event.required("alert"));
                if (alert != null) {
                    publish(alert.deepCopy().put("cleared_at", Json.utc(at)), at);
                }
            }
            case AREA -> {
                String ref = event.required("ref");
                ObjectNode area = notice("area-" + ref, "area", at).put("area_kind", event.required("kind"));
                texts(area, "title", event.texts("name"));
                ArrayNode ring = area.putArray("polygon");
                event.polygon().forEach(p -> ring.addArray().add(p[0]).add(p[1]));
                areas.put(ref, area);
                publish(area, at);
            }
            case AREA_CLEARED -> {
                ObjectNode area = areas.remove(event.required("area"));
                if (area != null) {
                    publish(area.deepCopy().put("cleared_at", Json.utc(at)), at);
                }
            }
            case MESSAGE -> {
                ObjectNode message =
                        notice("message-" + event.index(), "message", at).put("from", event.required("from"));
                texts(message, "text", event.texts("text"));
                publish(message, at);
            }
            default -> {
                // reports, figures and cameras go to their feeds
            }
        }
    }

    private ObjectNode notice(String id, String kind, Instant at) {
        return mapper.createObjectNode().put("id", id).put("kind", kind).put("issued_at", Json.utc(at));
    }

    private void publish(ObjectNode item, Instant at) {
        notices.upsert(item.get("id").asText(), at, stamp -> {
            ObjectNode stamped = item.deepCopy().put("updated_at", Json.utc(stamp));
            return Json.bytes(mapper, stamped);
        });
    }

    private static void texts(ObjectNode node, String name, Scenario.Texts texts) {
        if (!texts.vi().isEmpty() || !texts.en().isEmpty()) {
            node.putObject(name).put("vi", texts.vi()).put("en", texts.en());
        }
    }
}
