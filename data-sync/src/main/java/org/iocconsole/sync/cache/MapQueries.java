package org.iocconsole.sync.cache;

import java.util.List;
import org.iocconsole.sync.model.Facility;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Period;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/**
 * What the map reads from the cache: located reports, facilities, the lineage of units, and indicator values by unit.
 * Thread-safe; call off the FX thread.
 */
public final class MapQueries {
    private final CacheDatabase database;

    public MapQueries(CacheDatabase database) {
        this.database = database;
    }

    /** Every report with a location, oldest first. */
    public List<ReportLocation> reportLocations() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT service_request_id, lat, lon, status, "
                        + "workflow_status, requested_at, expected_at, service_name, address, priority, commune_code "
                        + "FROM citizen_report WHERE lat IS NOT NULL AND lon IS NOT NULL "
                        + "ORDER BY requested_at, service_request_id")
                .map((rs, ctx) -> new ReportLocation(
                        rs.getString("service_request_id"),
                        rs.getDouble("lat"),
                        rs.getDouble("lon"),
                        "open".equals(rs.getString("status")),
                        rs.getString("workflow_status"),
                        Sql.instant(rs, "requested_at"),
                        Sql.instant(rs, "expected_at"),
                        rs.getString("service_name"),
                        rs.getString("address"),
                        rs.getString("priority"),
                        rs.getString("commune_code")))
                .list());
    }

    /** Every facility, by kind then name. */
    public List<Facility> facilities() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT facility_id, kind, name, lat, lon, "
                        + "unit_code, address, capacity, phone, updated_at FROM facility ORDER BY kind, name")
                .map((rs, ctx) -> new Facility(
                        rs.getString("facility_id"),
                        rs.getString("kind"),
                        rs.getString("name"),
                        Sql.nullableDouble(rs, "lat"),
                        Sql.nullableDouble(rs, "lon"),
                        rs.getString("unit_code"),
                        rs.getString("address"),
                        (Integer) rs.getObject("capacity", Integer.class),
                        rs.getString("phone"),
                        Sql.instant(rs, "updated_at")))
                .list());
    }

    /** The lineage of units of a level: which old unit went into which new one, and when. */
    public List<UnitChange> unitChanges(UnitLevel level) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT change_id, level, old_code, old_name, "
                        + "new_code, new_name, relation, effective_date, legal_basis, updated_at FROM unit_change "
                        + "WHERE level = :level ORDER BY new_code, old_code")
                .bind("level", level.wireName())
                .map((rs, ctx) -> new UnitChange(
                        rs.getString("change_id"),
                        UnitLevel.fromWire(rs.getString("level")),
                        rs.getString("old_code"),
                        rs.getString("old_name"),
                        rs.getString("new_code"),
                        rs.getString("new_name"),
                        UnitChange.Relation.valueOf(rs.getString("relation").toUpperCase(java.util.Locale.ROOT)),
                        Sql.date(rs, "effective_date"),
                        rs.getString("legal_basis"),
                        Sql.instant(rs, "updated_at")))
                .list());
    }

    /** The indicators that have values for more than one unit (what a choropleth can show), by name. */
    public List<Indicator> mappableIndicators() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT code, name_vi, name_en, category, unit, "
                        + "direction, periodicity, target, warning, critical, updated_at FROM indicator i "
                        + "WHERE (SELECT COUNT(DISTINCT o.unit_code) FROM observation o "
                        + "WHERE o.indicator_code = i.code) > 1 ORDER BY name_vi")
                .map((rs, ctx) -> new Indicator(
                        rs.getString("code"),
                        rs.getString("name_vi"),
                        rs.getString("name_en"),
                        rs.getString("category"),
                        rs.getString("unit"),
                        Indicator.Direction.valueOf(rs.getString("direction").toUpperCase(java.util.Locale.ROOT)),
                        Period.Kind.valueOf(rs.getString("periodicity").toUpperCase(java.util.Locale.ROOT)),
                        Sql.nullableDouble(rs, "target"),
                        Sql.nullableDouble(rs, "warning"),
                        Sql.nullableDouble(rs, "critical"),
                        Sql.instant(rs, "updated_at")))
                .list());
    }

    /** The latest known value of an indicator for each unit that reported it. */
    public List<UnitValue> latestValues(String indicatorCode) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT o.unit_code, o.obs_value, o.period, "
                        + "o.period_start FROM observation o WHERE o.indicator_code = :code "
                        + "AND o.obs_value IS NOT NULL AND o.period_start = (SELECT MAX(l.period_start) "
                        + "FROM observation l WHERE l.indicator_code = o.indicator_code AND l.unit_code = o.unit_code "
                        + "AND l.obs_value IS NOT NULL) ORDER BY o.unit_code")
                .bind("code", indicatorCode)
                .map((rs, ctx) -> new UnitValue(
                        rs.getString("unit_code"),
                        rs.getDouble("obs_value"),
                        rs.getString("period"),
                        Sql.date(rs, "period_start")))
                .list());
    }
}
