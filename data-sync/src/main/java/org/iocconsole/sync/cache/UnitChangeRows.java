package org.iocconsole.sync.cache;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.iocconsole.sync.model.UnitChange;

final class UnitChangeRows extends RowWriter<UnitChange> {
    UnitChangeRows() {
        super(
                "unit_change",
                List.of("change_id"),
                List.of(
                        "change_id",
                        "level",
                        "old_code",
                        "old_name",
                        "new_code",
                        "new_name",
                        "relation",
                        "effective_date",
                        "legal_basis",
                        "updated_at",
                        "synced_at"));
    }

    @Override
    String key(UnitChange row) {
        return row.changeId();
    }

    @Override
    Object[] values(UnitChange row, Instant syncedAt) {
        return new Object[] {
            row.changeId(),
            row.level().wireName(),
            row.oldCode(),
            row.oldName(),
            row.newCode(),
            row.newName(),
            row.relation().name().toLowerCase(Locale.ROOT),
            row.effectiveDate(),
            row.legalBasis(),
            Sql.utc(row.updatedAt()),
            Sql.utc(syncedAt)
        };
    }
}
