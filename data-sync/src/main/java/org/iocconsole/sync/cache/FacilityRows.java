package org.iocconsole.sync.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    void bind(PreparedStatement ps, Facility row, Instant syncedAt) throws SQLException {
        ps.setString(1, row.facilityId());
        ps.setString(2, row.kind());
        ps.setString(3, row.name());
        Sql.setDouble(ps, 4, row.lat());
        Sql.setDouble(ps, 5, row.lon());
        ps.setString(6, row.unitCode());
        ps.setString(7, row.address());
        Sql.setInteger(ps, 8, row.capacity());
        ps.setString(9, row.phone());
        Sql.setInstant(ps, 10, row.updatedAt());
        Sql.setInstant(ps, 11, syncedAt);
    }
}
