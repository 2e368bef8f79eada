package org.iocconsole.sync.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.cache.AgencyPerformance;
import org.iocconsole.sync.cache.AgencyPerformanceQueries;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.QueueReports;
import org.iocconsole.sync.cache.ReportDetails;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.ReportHistoryEntry;
import org.iocconsole.sync.model.ReportPriority;
import org.iocconsole.sync.model.WorkflowStatus;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OutboxCounts;
import org.iocconsole.sync.outbox.OutboxEntry;
import org.iocconsole.sync.outbox.OutboxRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportActionsTest {
    static final Instant RECEIVED = Instant.parse("2026-11-21T01:00:00Z");

    @TempDir
    Path dir;

    private final ConnectorFixture.SettableClock clock =
            new ConnectorFixture.SettableClock(RECEIVED.plus(Duration.ofHours(1)));
    private final HistoryCodec history = new HistoryCodec(TestCaches.mapper());
    private CacheDatabase db;
    private OutboxRepository outbox;
    private ReportActions actions;
    private int nudges;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "cache");
        outbox = new OutboxRepository(db);
        SlaPolicy sla = new SlaPolicy(
                Duration.ofHours(120),
                Duration.ofHours(12),
                Map.of("road_damage", Duration.ofHours(96)),
                Map.of("Sở Xây dựng", Map.of("road_damage", Duration.ofHours(72))));
        actions = new ReportActions(
                db,
                new ActionRecorder(db, outbox, new AuditLog(db), TestCaches.mapper()),
                history,
                sla,
                clock,
                () -> nudges++);
        QueueReports.write(
                db,
                List.of(
                        QueueReports.report(
                                "TN-1", RECEIVED, null, "received", "normal", "road_damage", "05443", null, "Ổ gà"),
                        QueueReports.report(
                                "TN-2", RECEIVED, null, "received", "normal", "road_damage", "05443", null, "Ổ gà nữa"),
                        QueueReports.report("TN-3", RECEIVED, null, "closed", "low", "waste", "05443", null, "Rác")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static JsonNode json(String text) throws Exception {
        return TestCaches.mapper().readTree(text);
    }

    private CitizenReport report(String id) {
        return new ReportDetails(db, history).find(id).orElseThrow().report();
    }

    @Test
    void acknowledgeAssignAndResolveChangeTheReportQueueTheActionsAndAudit() throws Exception {
        actions.acknowledge("TN-1", null, "dieuhanh01");
        clock.advance(Duration.ofMinutes(5));
        actions.assign("TN-1", "Sở Xây dựng", "Chuyển xử lý theo thẩm quyền", "dieuhanh01");
        actions.changeStatus("TN-1", WorkflowStatus.IN_PROGRESS, "Đang sửa", "dieuhanh01");
        actions.changeStatus("TN-1", WorkflowStatus.RESOLVED, "Đã vá ổ gà", "dieuhanh01");

        CitizenReport report = report("TN-1");
        assertThat(report.workflowStatus()).isEqualTo("resolved");
        assertThat(report.status()).as("answered is closed in Open311").isEqualTo(CitizenReport.OpenStatus.CLOSED);
        assertThat(report.statusNotes()).isEqualTo("Đã vá ổ gà");
        assertThat(report.agencyResponsible()).isEqualTo("Sở Xây dựng");
        assertThat(report.expectedAt())
                .as("SLA of road damage at Sở Xây dựng")
                .isEqualTo(RECEIVED.plus(Duration.ofHours(72)));
        assertThat(report.history())
                .extracting(ReportHistoryEntry::status)
                .containsExactly("received", "classified", "assigned", "in_progress", "resolved");
        List<OutboxEntry> pending = outbox.pending();
        assertThat(pending)
                .extracting(OutboxEntry::kind)
                .containsExactly("report.acknowledge", "report.assign", "report.change_status", "report.change_status");
        assertThat(json(pending.get(1).payloadJson()))
                .isEqualTo(json("{\"agency\":\"Sở Xây dựng\",\"expected_datetime\":\"2026-11-24T01:00:00Z\","
                        + "\"note\":\"Chuyển xử lý theo thẩm quyền\"}"));
        assertThat(json(pending.get(3).payloadJson()))
                .isEqualTo(json("{\"status\":\"resolved\",\"note\":\"Đã vá ổ gà\"}"));
        assertThat(pending).extracting(OutboxEntry::baseUpdatedAt).containsOnly(RECEIVED);
        assertThat(new AuditLog(db).recent(10)).hasSize(4);
        assertThat(nudges).isEqualTo(4);
    }

    @Test
    void aRefusedActionChangesAndQueuesNothing() {
        ReportActionException skip = catchThrowableOfType(
                ReportActionException.class,
                () -> actions.changeStatus("TN-1", WorkflowStatus.RESOLVED, "?", "dieuhanh01"));
        ReportActionException closed = catchThrowableOfType(
                ReportActionException.class, () -> actions.assign("TN-3", "Sở Xây dựng", null, "dieuhanh01"));
        ReportActionException itself = catchThrowableOfType(
                ReportActionException.class, () -> actions.mergeDuplicate("TN-1", "TN-1", null, "dieuhanh01"));
        ReportActionException unknown = catchThrowableOfType(
                ReportActionException.class, () -> actions.acknowledge("TN-404", null, "dieuhanh01"));
        ReportActionException noAgency = catchThrowableOfType(
                ReportActionException.class, () -> actions.assign("TN-1", " ", null, "dieuhanh01"));

        assertThat(skip.reason()).isEqualTo(ReportActionException.Reason.NOT_ALLOWED);
        assertThat(skip).hasMessageContaining("received to resolved");
        assertThat(closed.reason()).isEqualTo(ReportActionException.Reason.NOT_ALLOWED);
        assertThat(itself.reason()).isEqualTo(ReportActionException.Reason.BAD_ORIGINAL);
        assertThat(unknown.reason()).isEqualTo(ReportActionException.Reason.NOT_FOUND);
        assertThat(noAgency.reason()).isEqualTo(ReportActionException.Reason.INVALID);
        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(0, 0, 0));
        assertThat(new AuditLog(db).recent(10)).isEmpty();
        assertThat(report("TN-1").workflowStatus()).isEqualTo("received");
    }

    @Test
    void mergingADuplicateClosesItAndNamesTheOriginal() throws Exception {
        actions.setPriority("TN-2", ReportPriority.URGENT, null, "dieuhanh01");
        actions.mergeDuplicate("TN-2", "TN-1", "Trùng TN-1", "dieuhanh01");

        CitizenReport duplicate = report("TN-2");
        assertThat(duplicate.workflowStatus()).isEqualTo("duplicate");
        assertThat(duplicate.duplicateOf()).isEqualTo("TN-1");
        assertThat(duplicate.priority()).isEqualTo("urgent");
        assertThat(duplicate.status()).isEqualTo(CitizenReport.OpenStatus.CLOSED);
        assertThat(json(outbox.pending().get(1).payloadJson()))
                .isEqualTo(json("{\"duplicate_of\":\"TN-1\",\"note\":\"Trùng TN-1\"}"));
    }

    @Test
    void agencyPerformanceCountsAnswersOnTimeAndTheMedianTime() {
        actions.assign("TN-1", "Sở Xây dựng", null, "dieuhanh01");
        actions.assign("TN-2", "Sở Xây dựng", null, "dieuhanh01");
        actions.changeStatus("TN-1", WorkflowStatus.IN_PROGRESS, null, "dieuhanh01");
        clock.set(RECEIVED.plus(Duration.ofHours(10)));
        actions.changeStatus("TN-1", WorkflowStatus.RESOLVED, "Xong", "dieuhanh01");
        clock.set(RECEIVED.plus(Duration.ofHours(100)));
        actions.changeStatus("TN-2", WorkflowStatus.REJECTED, "Không thuộc thẩm quyền", "dieuhanh01");

        List<AgencyPerformance> lines = new AgencyPerformanceQueries(db).since(RECEIVED, clock.instant());

        AgencyPerformance building = lines.stream()
                .filter(l -> l.agency().equals("Sở Xây dựng"))
                .findFirst()
                .orElseThrow();
        assertThat(building.answered()).isEqualTo(2);
        assertThat(building.onTime()).as("10 h in time, 100 h past the 72 h").isEqualTo(1);
        assertThat(building.onTimePercent()).isEqualTo(50.0);
        assertThat(building.medianTimeToAnswer()).isEqualTo(Duration.ofHours(55));
        assertThat(building.openOverdue()).isZero();
    }
}
