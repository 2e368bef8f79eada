package org.iocconsole.sync.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OperatorAction;
import org.iocconsole.sync.outbox.OutboxRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The after-action figures of a scripted drill, from actions recorded in a real cache's audit log. */
class AfterActionReportTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void responseTimesAreMeasuredFromEachReportsArrival() throws ConfigException {
        Scenario drill = BuiltInScenarios.load("tai-nan-ql3");
        Instant start = drill.start();
        Map<String, String> ids =
                Map.of("tai-nan", "TN-2026-000101", "un-tac", "TN-2026-000102", "tran-dau", "TN-2026-000103");
        try (CacheDatabase cache = CacheDatabase.open(dir, ScenarioCache.nameFor(drill))) {
            AuditLog audit = new AuditLog(cache);
            ActionRecorder recorder = new ActionRecorder(cache, new OutboxRepository(cache), audit, mapper);
            // Before the drill: not part of it.
            act(recorder, "report.acknowledge", "TN-2026-000101", Map.of(), start.minusSeconds(60));
            // The accident (in at 00:12): acknowledged after 3 min, assigned after 8, resolved after 3 h.
            act(recorder, "report.acknowledge", "TN-2026-000101", Map.of(), at(start, "00:15"));
            act(recorder, "report.assign", "TN-2026-000101", Map.of("agency", "Công an tỉnh"), at(start, "00:20"));
            act(
                    recorder,
                    "report.change_status",
                    "TN-2026-000101",
                    Map.of("status", "in_progress"),
                    at(start, "01:00"));
            act(recorder, "report.change_status", "TN-2026-000101", Map.of("status", "resolved"), at(start, "03:12"));
            // The queue (in at 00:45): acknowledged after 10 min, never assigned.
            act(recorder, "report.acknowledge", "TN-2026-000102", Map.of(), at(start, "00:55"));
            // The oil spill (in at 02:00): nobody acted.

            AfterActionReport report = AfterActionReport.of(drill, ids, audit.between(start, drill.end()), mapper);

            assertThat(report.responses())
                    .extracting(AfterActionReport.Response::ref)
                    .containsExactly("tai-nan", "un-tac", "tran-dau");
            AfterActionReport.Response accident = report.responses().get(0);
            assertThat(accident.toAcknowledge()).contains(Duration.ofMinutes(3));
            assertThat(accident.toAssign()).contains(Duration.ofMinutes(8));
            assertThat(accident.toResolve()).contains(Duration.ofHours(3));
            assertThat(report.responses().get(2).toAcknowledge()).isEmpty();

            assertThat(report.figures(AfterActionReport.Response::toAcknowledge))
                    .isEqualTo(new AfterActionReport.Figures(
                            2,
                            3,
                            Optional.of(Duration.ofSeconds(390)),
                            Optional.of(Duration.ofSeconds(390)),
                            Optional.of(Duration.ofMinutes(10))));
            assertThat(report.figures(AfterActionReport.Response::toAssign))
                    .isEqualTo(new AfterActionReport.Figures(
                            1,
                            3,
                            Optional.of(Duration.ofMinutes(8)),
                            Optional.of(Duration.ofMinutes(8)),
                            Optional.of(Duration.ofMinutes(8))));
            assertThat(report.figures(AfterActionReport.Response::toResolve).answered())
                    .isEqualTo(1);

            assertThat(report.lines()).hasSize(drill.events().size() + 5);
            assertThat(report.lines().get(0).what()).isEqualTo("report");
            assertThat(report.lines())
                    .filteredOn(l -> "dieuhanh01".equals(l.actor()))
                    .extracting(AfterActionReport.Line::at)
                    .isSorted()
                    .first()
                    .isEqualTo(at(start, "00:15"));
        }
    }

    @Test
    void aScriptedAlertIsTimedFromItsRaisingToItsFirstAcknowledgement() throws ConfigException {
        Scenario drill = BuiltInScenarios.load("tai-nan-ql3");
        Instant start = drill.start();
        // The accident's alert is the timeline's second event (00:15), so its notice is alert-1.
        String alert = "notice/alert-1";
        try (CacheDatabase cache = CacheDatabase.open(dir, ScenarioCache.nameFor(drill))) {
            AuditLog audit = new AuditLog(cache);
            ActionRecorder recorder = new ActionRecorder(cache, new OutboxRepository(cache), audit, mapper);
            act(recorder, "alert.acknowledge", "notice/alert-9", Map.of(), at(start, "00:16"));
            recorder.record(
                    new OperatorAction("alert.acknowledge", alert, Map.of(), "truongca02", at(start, "00:17:30"), null),
                    tx -> {});
            act(recorder, "alert.acknowledge", alert, Map.of(), at(start, "00:40"));

            AfterActionReport report = AfterActionReport.of(drill, Map.of(), audit.between(start, drill.end()), mapper);

            assertThat(report.alerts()).singleElement().satisfies(a -> {
                assertThat(a.alertId()).isEqualTo(alert);
                assertThat(a.level()).isEqualTo("critical");
                assertThat(a.title().en()).isEqualTo("Serious accident on QL3 at km 60");
                assertThat(a.raisedAt()).isEqualTo(at(start, "00:15"));
                assertThat(a.acknowledgedBy()).contains("truongca02");
                assertThat(a.acknowledgedAt()).contains(at(start, "00:17:30"));
                assertThat(a.toAcknowledge())
                        .as("the first acknowledgement counts")
                        .contains(Duration.ofSeconds(150));
            });
            assertThat(report.alertFigures())
                    .isEqualTo(new AfterActionReport.Figures(
                            1,
                            1,
                            Optional.of(Duration.ofSeconds(150)),
                            Optional.of(Duration.ofSeconds(150)),
                            Optional.of(Duration.ofSeconds(150))));
        }
    }

    @Test
    void anAlertNobodyAcknowledgedHasNoTime() throws ConfigException {
        Scenario drill = BuiltInScenarios.load("tai-nan-ql3");
        try (CacheDatabase cache = CacheDatabase.open(dir, ScenarioCache.nameFor(drill))) {
            AuditLog audit = new AuditLog(cache);
            ActionRecorder recorder = new ActionRecorder(cache, new OutboxRepository(cache), audit, mapper);
            // Before the alert was raised (a rewound drill's old acknowledgement): not an answer to it.
            act(recorder, "alert.acknowledge", "notice/alert-1", Map.of(), at(drill.start(), "00:05"));

            AfterActionReport report =
                    AfterActionReport.of(drill, Map.of(), audit.between(drill.start(), drill.end()), mapper);

            assertThat(report.alerts()).singleElement().satisfies(a -> {
                assertThat(a.acknowledgedBy()).isEmpty();
                assertThat(a.toAcknowledge()).isEmpty();
            });
            assertThat(report.alertFigures())
                    .isEqualTo(
                            new AfterActionReport.Figures(0, 1, Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    private static Instant at(Instant start, String offset) {
        return start.plus(ScenarioTime.parse(offset).orElseThrow());
    }

    private static void act(
            ActionRecorder recorder, String kind, String target, Map<String, Object> payload, Instant at) {
        recorder.record(new OperatorAction(kind, target, payload, "dieuhanh01", at, null), tx -> {});
    }

    @Test
    void theMedianIsTheMiddleTimeThatOneForgottenReportDoesNotPull() {
        AfterActionReport.Figures odd = AfterActionReport.figures(List.of(
                Optional.of(Duration.ofMinutes(2)),
                Optional.empty(),
                Optional.of(Duration.ofMinutes(30)),
                Optional.of(Duration.ofMinutes(1))));
        AfterActionReport.Figures even = AfterActionReport.figures(List.of(
                Optional.of(Duration.ofMinutes(4)),
                Optional.of(Duration.ofMinutes(1)),
                Optional.of(Duration.ofMinutes(2)),
                Optional.of(Duration.ofMinutes(90))));

        assertThat(odd)
                .isEqualTo(new AfterActionReport.Figures(
                        3,
                        4,
                        Optional.of(Duration.ofMinutes(11)),
                        Optional.of(Duration.ofMinutes(2)),
                        Optional.of(Duration.ofMinutes(30))));
        assertThat(even.median()).contains(Duration.ofMinutes(3));
        assertThat(even.mean()).contains(Duration.ofSeconds(1455));
    }
}
