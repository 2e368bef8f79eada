package org.iocconsole.sync.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.AuditEntry;

/**
 * What happened in a drill and what the operators did: every scenario event and every operator action on one
 * timeline, for each report of the scenario the time the operators took to acknowledge, assign and resolve it, and
 * for each scripted alert the time they took to acknowledge it. Computed from the scenario, the ids its reports got in
 * the province and the audit log. Immutable.
 *
 * @param lines the timeline, oldest first
 * @param responses one per report of the scenario, in the order they came in
 * @param alerts one per alert of the scenario, in the order they were raised
 */
public record AfterActionReport(
        Scenario scenario, List<Line> lines, List<Response> responses, List<AlertResponse> alerts) {

    /** A line of the timeline: a scenario event ({@code actor} null) or an operator action. */
    public record Line(Instant at, String actor, String what, String target) {}

    /**
     * How operators answered one report of the scenario; a time is empty when they never did it.
     *
     * @param ref the report's ref in the scenario
     * @param id the id the province gave it, or null when the drill never reached it
     */
    public record Response(
            String ref,
            String id,
            String description,
            Instant receivedAt,
            Optional<Duration> toAcknowledge,
            Optional<Duration> toAssign,
            Optional<Duration> toResolve) {}

    /**
     * How operators answered one scripted alert: who acknowledged it and when; empty when nobody did.
     *
     * @param alertId the alert's id in the drill's cache
     */
    public record AlertResponse(
            String alertId,
            String level,
            Scenario.Texts title,
            Instant raisedAt,
            Optional<String> acknowledgedBy,
            Optional<Instant> acknowledgedAt) {

        public Optional<Duration> toAcknowledge() {
            return acknowledgedAt.map(at -> Duration.between(raisedAt, at));
        }
    }

    /**
     * Figures over the responses: how many were answered, and their mean, median and longest time (the median, since a
     * few forgotten reports pull the mean far from what operators usually took).
     */
    public record Figures(
            int answered, int total, Optional<Duration> mean, Optional<Duration> median, Optional<Duration> longest) {}

    public AfterActionReport {
        lines = List.copyOf(lines);
        responses = List.copyOf(responses);
        alerts = List.copyOf(alerts);
    }

    /**
     * @param reportIds the province's id of each scenario report, by ref (the player's board)
     * @param audit the audit log entries of the drill's time, oldest first
     */
    public static AfterActionReport of(
            Scenario scenario, Map<String, String> reportIds, List<AuditEntry> audit, ObjectMapper mapper) {
        List<Line> lines = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        List<AlertResponse> alerts = new ArrayList<>();
        for (ScenarioEvent event : scenario.events()) {
            Instant at = scenario.start().plus(event.at());
            lines.add(new Line(at, null, event.type().key(), summary(event)));
            if (event.type() == ScenarioEventType.REPORT) {
                String ref = event.required("ref");
                String id = reportIds.get(ref);
                responses.add(new Response(
                        ref,
                        id,
                        event.required("description"),
                        at,
                        first(audit, id, at, "report.acknowledge", null, mapper),
                        first(audit, id, at, "report.assign", null, mapper),
                        first(audit, id, at, "report.change_status", "resolved", mapper)));
            }
            if (event.type() == ScenarioEventType.ALERT) {
                String id = ScenarioNotices.cacheAlertId(event);
                Optional<AuditEntry> ack = audit.stream()
                        .filter(e -> id.equals(e.targetId())
                                && AlertStore.ACKNOWLEDGE.equals(e.action())
                                && !e.at().isBefore(at))
                        .findFirst();
                alerts.add(new AlertResponse(
                        id,
                        event.required("level"),
                        event.texts("title"),
                        at,
                        ack.map(AuditEntry::actor),
                        ack.map(AuditEntry::at)));
            }
        }
        for (AuditEntry entry : audit) {
            if (!entry.at().isBefore(scenario.start()) && !entry.at().isAfter(scenario.end())) {
                lines.add(new Line(entry.at(), entry.actor(), entry.action(), entry.targetId()));
            }
        }
        lines.sort(Comparator.comparing(Line::at));
        return new AfterActionReport(scenario, lines, responses, alerts);
    }

    /** Figures for one measure, such as {@code Response::toAcknowledge}. */
    public Figures figures(Function<Response, Optional<Duration>> measure) {
        return figures(responses.stream().map(measure).toList());
    }

    /** Figures over the scripted alerts' times to acknowledge. */
    public Figures alertFigures() {
        return figures(alerts.stream().map(AlertResponse::toAcknowledge).toList());
    }

    static Figures figures(List<Optional<Duration>> measured) {
        List<Duration> times =
                measured.stream().flatMap(Optional::stream).sorted().toList();
        if (times.isEmpty()) {
            return new Figures(0, measured.size(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        int n = times.size();
        Duration mean = times.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(n);
        Duration median = n % 2 == 1
                ? times.get(n / 2)
                : times.get(n / 2 - 1).plus(times.get(n / 2)).dividedBy(2);
        return new Figures(n, measured.size(), Optional.of(mean), Optional.of(median), Optional.of(times.get(n - 1)));
    }

    private static Optional<Duration> first(
            List<AuditEntry> audit, String id, Instant received, String action, String status, ObjectMapper mapper) {
        if (id == null) {
            return Optional.empty();
        }
        return audit.stream()
                .filter(e -> id.equals(e.targetId()) && action.equals(e.action()) && !e.at().isBefore(received))
                .filter(e -> status == null || status.equals(field(e.detail(), "status", mapper)))
                .findFirst()
                .map(e -> Duration.between(received, e.at()));
    }

    private static String field(String json, String name, ObjectMapper mapper) {
        try {
            JsonNode node = json == null ? null : mapper.readTree(json);
            return node == null || node.get(name) == null
                    ? null
                    : node.get(name).asText();
        } catch (IOException e) {
            return null; // a detail that is not JSON names no status
        }
    }

    private static String summary(ScenarioEvent event) {
        return switch (event.type()) {
            case REPORT -> event.required("ref") + ": " + event.required("description");
            case REPORT_UPDATE -> event.required("report") + ": " + event.required("status");
            case KPI -> event.required("indicator") + " = " + event.required("value");
            case CAMERA -> event.required("camera") + ": " + event.required("status");
            case ALERT -> event.texts("title").vi();
            case AREA -> event.texts("name").vi();
            case AREA_CLEARED -> event.required("area");
            case ALERT_CLEARED -> event.required("alert");
            case MESSAGE -> event.required("from") + ": " + event.texts("text").vi();
        };
    }
}
