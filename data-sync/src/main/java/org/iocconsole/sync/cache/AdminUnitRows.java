package org.iocconsole.sync.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.model.AdminUnit;

final class AdminUnitRows extends RowWriter<AdminUnit> {
    AdminUnitRows() {
        super(
                "admin_unit",
                List.of("unit_id"),
                List.of(
                        "unit_id",
                        "code",
                        "level",
                        "name_vi",
                        "name_en",
                        "full_name",
                        "name_ascii",
                        "unit_type",
                        "parent_code",
                        "valid_from",
                        "valid_to",
                        "geometry",
                        "updated_at",
                        "synced_at"));
    }

    @Override
    String key(AdminUnit row) {
        return row.unitId();
    }

    @Override
    void bind(PreparedStatement ps, AdminUnit row, Instant syncedAt) throws SQLException {
        ps.setString(1, row.unitId());
        ps.setString(2, row.code());
        ps.setString(3, row.level().wireName());
        ps.setString(4, row.nameVi());
        ps.setString(5, row.nameEn());
        ps.setString(6, row.fullName());
        ps.setString(7, row.nameAscii());
        ps.setString(8, row.type());
        ps.setString(9, row.parentCode());
        Sql.setDate(ps, 10, row.validFrom());
        Sql.setDate(ps, 11, row.validTo());
        ps.setString(12, row.geometryGeoJson());
        Sql.setInstant(ps, 13, row.updatedAt());
        Sql.setInstant(ps, 14, syncedAt);
    }
}
