package org.iocconsole.sync.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    void bind(PreparedStatement ps, CitizenReport row, Instant syncedAt) throws SQLException {
        ps.setString(1, row.serviceRequestId());
        ps.setString(2, row.status().name().toLowerCase(Locale.ROOT));
        ps.setString(3, row.statusNotes());
        ps.setString(4, row.serviceName());
        ps.setString(5, row.serviceCode());
        ps.setString(6, row.description());
        ps.setString(7, row.agencyResponsible());
        ps.setString(8, row.serviceNotice());
        Sql.setInstant(ps, 9, row.requestedAt());
        Sql.setInstant(ps, 10, row.updatedAt());
        Sql.setInstant(ps, 11, row.expectedAt());
        ps.setString(12, row.address());
        ps.setString(13, row.addressId());
        ps.setString(14, row.zipcode());
        Sql.setDouble(ps, 15, row.lat());
        Sql.setDouble(ps, 16, row.lon());
        ps.setString(17, row.mediaUrl());
        ps.setString(18, row.priority());
        ps.setString(19, row.workflowStatus());
        ps.setString(20, row.communeCode());
        ps.setString(21, row.channel());
        ps.setString(22, row.duplicateOf());
        ps.setString(23, history.write(row.history()));
        Sql.setInstant(ps, 24, syncedAt);
    }
}
