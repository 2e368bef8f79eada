package org.iocconsole.sync.cache;

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
    Object[] values(DossierStat row, Instant syncedAt) {
        return new Object[] {
            row.unitCode(),
            row.agency(),
            row.period().text(),
            row.period().start(),
            row.received(),
            row.resolved(),
            row.resolvedOnTime(),
            row.overdue(),
            row.online(),
            Sql.utc(row.updatedAt()),
            Sql.utc(syncedAt)
        };
    }
}
