package org.iocconsole.sync.cache;

import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.model.Observation;

final class ObservationRows extends RowWriter<Observation> {
    ObservationRows() {
        super(
                "observation",
                List.of("indicator_code", "unit_code", "period"),
                List.of(
                        "indicator_code",
                        "unit_code",
                        "period",
                        "period_start",
                        "obs_value",
                        "updated_at",
                        "synced_at"));
    }

    @Override
    String key(Observation row) {
        return row.indicatorCode();
    }

    @Override
    Object[] values(Observation row, Instant syncedAt) {
        return new Object[] {
            row.indicatorCode(),
            row.unitCode(),
            row.period().text(),
            row.period().start(),
            row.value(),
            Sql.utc(row.updatedAt()),
            Sql.utc(syncedAt)
        };
    }
}
