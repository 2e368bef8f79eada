package org.iocconsole.sync.cache;

import java.util.List;

/** Citizen reports as lists show them, read from the cache. Thread-safe; call off the FX thread. */
public final class ReportQueries {
    private final CacheDatabase database;

    public ReportQueries(CacheDatabase database) {
        this.database = database;
    }

    /** The latest reports by time received, newest first, with the name of their current commune. */
    public List<ReportSummary> latest(int limit) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT r.service_request_id, "
                        + "r.requested_at, r.service_name, u.full_name AS commune_name, r.workflow_status, "
                        + "r.priority, r.agency_responsible, r.expected_at, r.status FROM citizen_report r "
                        + "LEFT JOIN admin_unit u ON u.level = 'commune' AND u.code = r.commune_code "
                        + "AND u.valid_to IS NULL "
                        + "ORDER BY r.requested_at DESC, r.service_request_id DESC FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit)
                .map((rs, ctx) -> new ReportSummary(
                        rs.getString("service_request_id"),
                        Sql.instant(rs, "requested_at"),
                        rs.getString("service_name"),
                        rs.getString("commune_name"),
                        rs.getString("workflow_status"),
                        rs.getString("priority"),
                        rs.getString("agency_responsible"),
                        Sql.instant(rs, "expected_at"),
                        "open".equals(rs.getString("status"))))
                .list());
    }
}
