package org.iocconsole.sync.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.Sql;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.ReportHistoryEntry;
import org.iocconsole.sync.model.ReportPriority;
import org.iocconsole.sync.model.WorkflowStatus;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OperatorAction;

/**
 * What an operator does to a citizen report (docs/api/actions.md): acknowledge, assign to an agency, set the priority,
 * change the status with a note, merge into another report. Each checks the workflow, then changes the cached report,
 * queues the action for the API and writes the audit entry in one transaction ({@link ActionRecorder}); the queue
 * shows the change at once, the API learns of it when the outbox reaches it. Refusals are
 * {@link ReportActionException}s and change nothing. Thread-safe; call off the FX thread.
 */
public final class ReportActions {
    private final CacheDatabase database;
    private final ActionRecorder recorder;
    private final HistoryCodec history;
    private final SlaPolicy sla;
    private final Clock clock;
    private final Runnable recorded;

    /** @param recorded told after each recorded action (the pusher's nudge) */
    public ReportActions(
            CacheDatabase database,
            ActionRecorder recorder,
            HistoryCodec history,
            SlaPolicy sla,
            Clock clock,
            Runnable recorded) {
        this.database = database;
        this.recorder = recorder;
        this.history = history;
        this.sla = sla;
        this.clock = clock;
        this.recorded = recorded;
    }

    /** The report as the actions see it: its status, what is needed to change it, and its update time. */
    private record Current(
            String id,
            String rawStatus,
            WorkflowStatus status,
            String serviceCode,
            Instant requestedAt,
            Instant updatedAt,
            List<ReportHistoryEntry> steps) {}

    /** Received to classified: the IOC has seen it. */
    public String acknowledge(String id, String note, String actor) {
        Current report = read(id);
        require(report, report.status == WorkflowStatus.RECEIVED, WorkflowStatus.CLASSIFIED);
        return move(report, "report.acknowledge", WorkflowStatus.CLASSIFIED, note, actor, Map.of(), new Sets());
    }

    /** Hands the report to an agency; its deadline becomes the SLA of its category and that agency. */
    public String assign(String id, String agency, String note, String actor) {
        if (agency == null || agency.isBlank()) {
            throw new ReportActionException(ReportActionException.Reason.INVALID, "agency is required");
        }
        Current report = read(id);
        require(report, report.status.assignable(), WorkflowStatus.ASSIGNED);
        Sets sets = new Sets().set("agency_responsible", agency);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("agency", agency);
        if (report.requestedAt != null) {
            Instant due = sla.dueAt(report.requestedAt, report.serviceCode, agency);
            sets.set("expected_at", Sql.utc(due));
            payload.put("expected_datetime", due.toString());
        }
        return move(report, "report.assign", WorkflowStatus.ASSIGNED, note, actor, payload, sets);
    }

    /** Sets the priority; the status stays. */
    public String setPriority(String id, ReportPriority priority, String note, String actor) {
        Current report = read(id);
        if (report.status.answered()) {
            throw new ReportActionException(
                    ReportActionException.Reason.NOT_ALLOWED, id + " is " + report.status.wireName());
        }
        Sets sets = new Sets().set("priority", priority.wireName()).set("priority_rank", priority.rank());
        return record(
                report,
                "report.set_priority",
                report.status,
                note,
                actor,
                Map.of("priority", priority.wireName()),
                sets);
    }

    /** Changes the status with a note, as the workflow allows ({@link WorkflowStatus#next()}). */
    public String changeStatus(String id, WorkflowStatus to, String note, String actor) {
        Current report = read(id);
        require(report, report.status.next().contains(to), to);
        return move(report, "report.change_status", to, note, actor, Map.of("status", to.wireName()), new Sets());
    }

    /** Marks the report a duplicate of another one; it is closed with a note naming the original. */
    public String mergeDuplicate(String id, String originalId, String note, String actor) {
        Current report = read(id);
        if (originalId == null || originalId.equals(id) || !exists(originalId)) {
            throw new ReportActionException(ReportActionException.Reason.BAD_ORIGINAL, String.valueOf(originalId));
        }
        require(report, !report.status.answered(), WorkflowStatus.DUPLICATE);
        return move(
                report,
                "report.merge_duplicate",
                WorkflowStatus.DUPLICATE,
                note,
                actor,
                Map.of("duplicate_of", originalId),
                new Sets().set("duplicate_of", originalId));
    }

    /** Columns an action sets besides its status and history, in order. */
    private static final class Sets {
        final Map<String, Object> values = new LinkedHashMap<>();

        Sets set(String column, Object value) {
            values.put(column, value);
            return this;
        }
    }

    private String move(
            Current report,
            String kind,
            WorkflowStatus to,
            String note,
            String actor,
            Map<String, Object> payload,
            Sets sets) {
        sets.set("workflow_status", to.wireName()).set("status", open311(to));
        if (note != null && !note.isBlank()) {
            sets.set("status_notes", note);
        }
        return record(report, kind, to, note, actor, payload, sets);
    }

    private String record(
            Current report,
            String kind,
            WorkflowStatus to,
            String note,
            String actor,
            Map<String, Object> payload,
            Sets sets) {
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>(payload);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null) {
            body.put("note", cleanNote);
        }
        List<ReportHistoryEntry> steps = new ArrayList<>(report.steps);
        steps.add(new ReportHistoryEntry(now, to.wireName(), cleanNote, actor));
        sets.set("history", history.write(steps));
        OperatorAction action = new OperatorAction(kind, report.id, body, actor, now, report.updatedAt);
        StringBuilder sql = new StringBuilder("UPDATE citizen_report SET ");
        sets.values
                .keySet()
                .forEach(column ->
                        sql.append(column).append(" = :").append(column).append(", "));
        // An answer stops the clock for the agency's performance; the first answer counts.
        sql.append("answered_at = ").append(to.answered() ? "COALESCE(answered_at, :answeredAt)" : "answered_at");
        sql.append(" WHERE service_request_id = :id AND COALESCE(workflow_status, '') = :seen");
        String key = recorder.record(action, tx -> {
            var update = tx.createUpdate(sql.toString());
            sets.values.forEach(update::bind);
            if (to.answered()) {
                update.bind("answeredAt", Sql.utc(now));
            }
            int changed = update.bind("id", report.id)
                    .bind("seen", report.rawStatus == null ? "" : report.rawStatus)
                    .execute();
            if (changed != 1) {
                throw new ReportActionException(ReportActionException.Reason.CHANGED, report.id);
            }
        });
        recorded.run();
        return key;
    }

    private static void require(Current report, boolean allowed, WorkflowStatus to) {
        if (!allowed) {
            throw new ReportActionException(
                    ReportActionException.Reason.NOT_ALLOWED,
                    report.id + ": " + report.status.wireName() + " to " + to.wireName());
        }
    }

    private boolean exists(String id) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                                "SELECT COUNT(*) FROM citizen_report WHERE service_request_id = :id")
                        .bind("id", id)
                        .mapTo(Integer.class)
                        .one())
                > 0;
    }

    private Current read(String id) {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT service_request_id, workflow_status, status, "
                                + "service_code, requested_at, updated_at, history FROM citizen_report "
                                + "WHERE service_request_id = :id")
                        .bind("id", id)
                        .map((rs, ctx) -> {
                            String raw = rs.getString("workflow_status");
                            boolean open = !"closed".equals(rs.getString("status"));
                            // A server without the workflow extension: an open report counts as received.
                            WorkflowStatus status = WorkflowStatus.fromWire(raw)
                                    .orElse(open ? WorkflowStatus.RECEIVED : WorkflowStatus.CLOSED);
                            return new Current(
                                    rs.getString("service_request_id"),
                                    raw,
                                    status,
                                    rs.getString("service_code"),
                                    Sql.instant(rs, "requested_at"),
                                    Sql.instant(rs, "updated_at"),
                                    history.read(rs.getString("history")));
                        })
                        .findFirst())
                .orElseThrow(() -> new ReportActionException(ReportActionException.Reason.NOT_FOUND, id));
    }

    /** Open311's status of a workflow status, as the cache writes it. */
    static String open311(WorkflowStatus status) {
        return status.open311() == CitizenReport.OpenStatus.OPEN ? "open" : "closed";
    }
}
