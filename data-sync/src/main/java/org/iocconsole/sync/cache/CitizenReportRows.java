package org.iocconsole.sync.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
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

    /**
     * Marks the reports for the word indexer with a new stamp ({@link ReportWordIndexer}): folding and writing some
     * dozens of words per report would cost a sync several times what the reports themselves do.
     */
    @Override
    void afterUpsert(Connection connection, List<CitizenReport> inserted, List<CitizenReport> updated)
            throws SQLException {
        List<CitizenReport> unmarked = new ArrayList<>(inserted);
        if (!updated.isEmpty()) {
            try (PreparedStatement restamp = connection.prepareStatement(
                    "UPDATE report_word_pending SET stamp = ? WHERE service_request_id = ?")) {
                for (CitizenReport row : updated) {
                    restamp.setLong(1, stamp());
                    restamp.setString(2, row.serviceRequestId());
                    restamp.addBatch();
                }
                int[] counts = restamp.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        unmarked.add(updated.get(i));
                    }
                }
            }
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "INSERT INTO report_word_pending (service_request_id, stamp) VALUES (?, ?)")) {
            for (CitizenReport row : unmarked) {
                mark.setString(1, row.serviceRequestId());
                mark.setLong(2, stamp());
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    /** Stamps only need to differ between two writes of one report; random ones need no shared counter. */
    private static long stamp() {
        return ThreadLocalRandom.current().nextLong();
    }

    @Override
    void afterDelete(Connection connection, List<String> keys) throws SQLException {
        ReportWords.delete(connection, keys);
        try (PreparedStatement unmark =
                connection.prepareStatement("DELETE FROM report_word_pending WHERE service_request_id = ?")) {
            for (String key : keys) {
                unmark.setString(1, key);
                unmark.addBatch();
            }
            unmark.executeBatch();
        }
    }
}
