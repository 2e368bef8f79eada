package org.iocconsole.sync.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a played scenario stands, as the control endpoint ({@code docs/api/scenario.md}) answers it: the player's
 * state and the board of alerts, affected areas and messages so far. Immutable.
 *
 * @param state {@code paused}, {@code playing} or {@code ended}
 * @param generation raised each time the province is rebuilt; the console then reads it afresh
 * @param timeline when each event happens, for the marks on the seek bar
 * @param reportIds the Open311 id each scenario report got, by its ref
 */
public record ScenarioStatus(
        String id,
        Scenario.Texts title,
        String state,
        double speed,
        long positionSeconds,
        long lengthSeconds,
        Instant virtualTime,
        long generation,
        int events,
        long eventsDone,
        List<Mark> timeline,
        List<BoardAlert> alerts,
        List<BoardArea> areas,
        List<BoardMessage> messages,
        Map<String, String> reportIds) {

    public ScenarioStatus {
        reportIds = Map.copyOf(reportIds);
        timeline = List.copyOf(timeline);
        alerts = List.copyOf(alerts);
        areas = List.copyOf(areas);
        messages = List.copyOf(messages);
    }

    public boolean playing() {
        return "playing".equals(state);
    }

    /** An event's place on the timeline. */
    public record Mark(long atSeconds, String type) {}

    /** An alert of the scenario for the operators. */
    public record BoardAlert(int event, Instant at, String level, Scenario.Texts title, Scenario.Texts text) {}

    /** An area affected now; {@code polygon} holds {@code [lon, lat]} pairs. */
    public record BoardArea(
            int event, Instant at, String ref, String kind, Scenario.Texts name, List<double[]> polygon) {
        public BoardArea {
            polygon = List.copyOf(polygon);
        }
    }

    /** A message to the operators. */
    public record BoardMessage(int event, Instant at, String from, Scenario.Texts text) {}
}
