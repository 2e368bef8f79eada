package org.iocconsole.sync.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a played scenario stands, as the control endpoint ({@code docs/api/scenario.md}) answers it: the player's
 * state and the ids its reports got. Its alerts, affected areas and messages are data: the {@code notices} feed brings
 * them into the drill's cache. Immutable.
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
        Map<String, String> reportIds) {

    public ScenarioStatus {
        reportIds = Map.copyOf(reportIds);
        timeline = List.copyOf(timeline);
    }

    public boolean playing() {
        return "playing".equals(state);
    }

    /** An event's place on the timeline. */
    public record Mark(long atSeconds, String type) {}
}
