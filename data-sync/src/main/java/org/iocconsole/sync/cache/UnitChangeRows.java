package org.iocconsole.sync.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    void bind(PreparedStatement ps, UnitChange row, Instant syncedAt) throws SQLException {
        ps.setString(1, row.changeId());
        ps.setString(2, row.level().wireName());
        ps.setString(3, row.oldCode());
        ps.setString(4, row.oldName());
        ps.setString(5, row.newCode());
        ps.setString(6, row.newName());
        ps.setString(7, row.relation().name().toLowerCase(Locale.ROOT));
        Sql.setDate(ps, 8, row.effectiveDate());
        ps.setString(9, row.legalBasis());
        Sql.setInstant(ps, 10, row.updatedAt());
        Sql.setInstant(ps, 11, syncedAt);
    }
}
