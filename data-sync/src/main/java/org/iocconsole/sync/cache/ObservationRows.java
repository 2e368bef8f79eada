package org.iocconsole.sync.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    void bind(PreparedStatement ps, Observation row, Instant syncedAt) throws SQLException {
        ps.setString(1, row.indicatorCode());
        ps.setString(2, row.unitCode());
        ps.setString(3, row.period().text());
        Sql.setDate(ps, 4, row.period().start());
        Sql.setDouble(ps, 5, row.value());
        Sql.setInstant(ps, 6, row.updatedAt());
        Sql.setInstant(ps, 7, syncedAt);
    }
}
