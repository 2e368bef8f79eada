package org.iocconsole.sync.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.ReportHistoryEntry;
import org.iocconsole.sync.model.ReportPriority;
import org.iocconsole.sync.model.WorkflowStatus;

final class CitizenReportRows extends RowWriter<CitizenReport> {
    private final HistoryCodec history;

    CitizenReportRows(HistoryCodec history) {
        super(
                "citizen_report",
                List.of("service_request_id"),
                List.of(
                        "service_request_id",
                        "status",
                        "status_notes",
                        "service_name",
                        "service_code",
                        "description",
                        "agency_responsible",
                        "service_notice",
                        "requested_at",
                        "updated_at",
                        "expected_at",
                        "address",
                        "address_id",
                        "zipcode",
                        "lat",
                        "lon",
                        "media_url",
                        "priority",
                        "workflow_status",
                        "commune_code",
                        "channel",
                        "duplicate_of",
                        "history",
                        "synced_at",
                        "priority_rank",
                        "answered_at"));
        this.history = history;
    }

    @Override
    String key(CitizenReport row) {
        return row.serviceRequestId();
    }

    @Override
    Object[] values(CitizenReport row, Instant syncedAt) {
        return new Object[] {
            row.serviceRequestId(),
            row.status().name().toLowerCase(Locale.ROOT),
            row.statusNotes(),
            row.serviceName(),
            row.serviceCode(),
            row.description(),
            row.agencyResponsible(),
            row.serviceNotice(),
            Sql.utc(row.requestedAt()),
            Sql.utc(row.updatedAt()),
            Sql.utc(row.expectedAt()),
            row.address(),
            row.addressId(),
            row.zipcode(),
            row.lat(),
            row.lon(),
            row.mediaUrl(),
            row.priority(),
            row.workflowStatus(),
            row.communeCode(),
            row.channel(),
            row.duplicateOf(),
            history.write(row.history()),
            Sql.utc(syncedAt),
            ReportPriority.rankOf(row.priority()),
            Sql.utc(answeredAt(row))
        };
    }

    /** The first step that answered the report; for a server without history, its update time once closed. */
    static Instant answeredAt(CitizenReport row) {
        for (ReportHistoryEntry step : row.history()) {
            if (WorkflowStatus.fromWire(step.status())
                    .map(WorkflowStatus::answered)
                    .orElse(false)) {
                return step.at();
            }
        }
        return row.status() == CitizenReport.OpenStatus.CLOSED ? row.updatedAt() : null;
    }

    @Override
    void afterUpsert(Connection connection, List<CitizenReport> inserted, List<CitizenReport> updated)
            throws SQLException {
        // New reports have no words yet: only replaced ones lose their old words first.
        if (!updated.isEmpty()) {
            ReportWords.delete(
                    connection,
                    updated.stream().map(CitizenReport::serviceRequestId).toList());
        }
        try (PreparedStatement insert = connection.prepareStatement(ReportWords.INSERT)) {
            for (List<CitizenReport> rows : List.of(inserted, updated)) {
                for (CitizenReport row : rows) {
                    ReportWords.add(
                            insert,
                            row.serviceRequestId(),
                            ReportWords.of(
                                    row.serviceRequestId(), row.serviceName(), row.address(), row.description()));
                }
            }
            insert.executeBatch();
        }
    }

    @Override
    void afterDelete(Connection connection, List<String> keys) throws SQLException {
        ReportWords.delete(connection, keys);
    }
}
