package org.iocconsole.sync.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.model.DossierStat;

final class DossierStatRows extends RowWriter<DossierStat> {
    DossierStatRows() {
        super(
                "dossier_stat",
                List.of("unit_code", "agency", "period"),
                List.of(
                        "unit_code",
                        "agency",
                        "period",
                        "period_start",
                        "received",
                        "resolved",
                        "resolved_on_time",
                        "overdue",
                        "online",
                        "updated_at",
                        "synced_at"));
    }

    @Override
    String key(DossierStat row) {
        return row.unitCode();
    }

    @Override
    void bind(PreparedStatement ps, DossierStat row, Instant syncedAt) throws SQLException {
        ps.setString(1, row.unitCode());
        ps.setString(2, row.agency());
        ps.setString(3, row.period().text());
        Sql.setDate(ps, 4, row.period().start());
        ps.setInt(5, row.received());
        ps.setInt(6, row.resolved());
        ps.setInt(7, row.resolvedOnTime());
        ps.setInt(8, row.overdue());
        ps.setInt(9, row.online());
        Sql.setInstant(ps, 10, row.updatedAt());
        Sql.setInstant(ps, 11, syncedAt);
    }
}
