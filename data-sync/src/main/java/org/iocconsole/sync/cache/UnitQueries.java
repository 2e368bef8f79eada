package org.iocconsole.sync.cache;

import java.time.LocalDate;
import java.util.List;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.UnitLevel;

/** Administrative units as cached, by the day they are valid on. Thread-safe; call off the FX thread. */
public final class UnitQueries {
    private final CacheDatabase database;

    public UnitQueries(CacheDatabase database) {
        this.database = database;
    }

    /**
     * The units of a level in force on a day, by name. Before 1 July 2025 that gives the old units, from then on the
     * new ones.
     *
     * @param withGeometry whether to load the (large) boundary text too
     */
    public List<AdminUnit> validOn(LocalDate day, UnitLevel level, boolean withGeometry) {
        String geometry = withGeometry ? "geometry" : "NULL AS geometry";
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT unit_id, code, level, name_vi, "
                        + "name_en, full_name, name_ascii, unit_type, parent_code, valid_from, valid_to, updated_at, "
                        + geometry + " FROM admin_unit WHERE level = :level "
                        + "AND (valid_from IS NULL OR valid_from <= :day) AND (valid_to IS NULL OR valid_to >= :day) "
                        + "ORDER BY name_vi, code")
                .bind("level", level.wireName())
                .bind("day", day)
                .map((rs, ctx) -> new AdminUnit(
                        rs.getString("unit_id"),
                        rs.getString("code"),
                        UnitLevel.fromWire(rs.getString("level")),
                        rs.getString("name_vi"),
                        rs.getString("name_en"),
                        rs.getString("full_name"),
                        rs.getString("name_ascii"),
                        rs.getString("unit_type"),
                        rs.getString("parent_code"),
                        Sql.date(rs, "valid_from"),
                        Sql.date(rs, "valid_to"),
                        rs.getString("geometry"),
                        Sql.instant(rs, "updated_at")))
                .list());
    }
}
