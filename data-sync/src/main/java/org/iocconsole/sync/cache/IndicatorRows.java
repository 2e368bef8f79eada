package org.iocconsole.sync.cache;

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
                        "synced_at",
                        "aggregation"));
    }

    @Override
    String key(Indicator row) {
        return row.code();
    }

    @Override
    Object[] values(Indicator row, Instant syncedAt) {
        return new Object[] {
            row.code(),
            row.nameVi(),
            row.nameEn(),
            row.category(),
            row.unit(),
            row.direction().name().toLowerCase(Locale.ROOT),
            row.periodicity().name().toLowerCase(Locale.ROOT),
            row.target(),
            row.warning(),
            row.critical(),
            Sql.utc(row.updatedAt()),
            Sql.utc(syncedAt),
            row.aggregation().wireName()
        };
    }
}
