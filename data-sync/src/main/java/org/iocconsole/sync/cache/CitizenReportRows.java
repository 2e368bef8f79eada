package org.iocconsole.sync.cache;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.iocconsole.sync.model.CitizenReport;

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
                        "synced_at"));
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
            Sql.utc(syncedAt)
        };
    }
}
