package org.iocconsole.sync.cache;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.iocconsole.sync.model.CitizenReport;

/** One citizen report in full, with its commune, for the detail pane. Thread-safe; call off the FX thread. */
public final class ReportDetails {
    private final CacheDatabase database;
    private final HistoryCodec history;

    public ReportDetails(CacheDatabase database, HistoryCodec history) {
        this.database = database;
        this.history = history;
    }

    /** The report as cached now; empty when the cache no longer has it. */
    public Optional<ReportDetail> find(String id) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT r.*, u.full_name AS commune_name, "
                        + "u.geometry AS commune_geometry FROM citizen_report r LEFT JOIN admin_unit u "
                        + "ON u.level = 'commune' AND u.code = r.commune_code AND u.valid_to IS NULL "
                        + "WHERE r.service_request_id = :id")
                .bind("id", id)
                .map((rs, ctx) ->
                        new ReportDetail(report(rs), rs.getString("commune_name"), rs.getString("commune_geometry")))
                .findFirst());
    }

    private CitizenReport report(ResultSet rs) throws SQLException {
        return new CitizenReport(
                rs.getString("service_request_id"),
                "closed".equals(rs.getString("status"))
                        ? CitizenReport.OpenStatus.CLOSED
                        : CitizenReport.OpenStatus.OPEN,
                rs.getString("status_notes"),
                rs.getString("service_name"),
                rs.getString("service_code"),
                rs.getString("description"),
                rs.getString("agency_responsible"),
                rs.getString("service_notice"),
                Sql.instant(rs, "requested_at"),
                Sql.instant(rs, "updated_at"),
                Sql.instant(rs, "expected_at"),
                rs.getString("address"),
                rs.getString("address_id"),
                rs.getString("zipcode"),
                Sql.nullableDouble(rs, "lat"),
                Sql.nullableDouble(rs, "lon"),
                rs.getString("media_url"),
                rs.getString("priority"),
                rs.getString("workflow_status"),
                rs.getString("commune_code"),
                rs.getString("channel"),
                rs.getString("duplicate_of"),
                history.read(rs.getString("history")));
    }
}
