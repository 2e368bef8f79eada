package org.iocconsole.sync.cache;

import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.model.Facility;

final class FacilityRows extends RowWriter<Facility> {
    FacilityRows() {
        super(
                "facility",
                List.of("facility_id"),
                List.of(
                        "facility_id",
                        "kind",
                        "name",
                        "lat",
                        "lon",
                        "unit_code",
                        "address",
                        "capacity",
                        "phone",
                        "updated_at",
                        "synced_at"));
    }

    @Override
    String key(Facility row) {
        return row.facilityId();
    }

    @Override
    Object[] values(Facility row, Instant syncedAt) {
        return new Object[] {
            row.facilityId(),
            row.kind(),
            row.name(),
            row.lat(),
            row.lon(),
            row.unitCode(),
            row.address(),
            row.capacity(),
            row.phone(),
            Sql.utc(row.updatedAt()),
            Sql.utc(syncedAt)
        };
    }
}
