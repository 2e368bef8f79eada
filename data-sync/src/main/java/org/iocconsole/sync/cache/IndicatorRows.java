package org.iocconsole.sync.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.iocconsole.sync.model.Indicator;

final class IndicatorRows extends RowWriter<Indicator> {
    IndicatorRows() {
        super(
                "indicator",
                List.of("code"),
                List.of(
                        "code",
                        "name_vi",
                        "name_en",
                        "category",
                        "unit",
                        "direction",
                        "periodicity",
                        "target",
                        "warning",
                        "critical",
                        "updated_at",
                        "synced_at"));
    }

    @Override
    String key(Indicator row) {
        return row.code();
    }

    @Override
    void bind(PreparedStatement ps, Indicator row, Instant syncedAt) throws SQLException {
        ps.setString(1, row.code());
        ps.setString(2, row.nameVi());
        ps.setString(3, row.nameEn());
        ps.setString(4, row.category());
        ps.setString(5, row.unit());
        ps.setString(6, row.direction().name().toLowerCase(Locale.ROOT));
        ps.setString(7, row.periodicity().name().toLowerCase(Locale.ROOT));
        Sql.setDouble(ps, 8, row.target());
        Sql.setDouble(ps, 9, row.warning());
        Sql.setDouble(ps, 10, row.critical());
        Sql.setInstant(ps, 11, row.updatedAt());
        Sql.setInstant(ps, 12, syncedAt);
    }
}
