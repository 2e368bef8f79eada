package org.iocconsole.sync.cache;

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
    Object[] values(AdminUnit row, Instant syncedAt) {
        return new Object[] {
            row.unitId(),
            row.code(),
            row.level().wireName(),
            row.nameVi(),
            row.nameEn(),
            row.fullName(),
            row.nameAscii(),
            row.type(),
            row.parentCode(),
            row.validFrom(),
            row.validTo(),
            row.geometryGeoJson(),
            Sql.utc(row.updatedAt()),
            Sql.utc(syncedAt)
        };
    }
}
