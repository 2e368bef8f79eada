package org.iocconsole.sync.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.Sql;
import org.iocconsole.sync.model.Aggregation;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Period;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;
import org.jdbi.v3.core.statement.Query;

/** What the KPI dashboards read from the cache. Thread-safe; blocking, call off the FX thread. */
public final class KpiQueries {
    private final CacheDatabase database;

    public KpiQueries(CacheDatabase database) {
        this.database = database;
    }

    /** The catalog with local edits applied, by category then code. */
    public List<CatalogEntry> catalog() {
        Map<String, YearMonth> changedFrom = new HashMap<>();
        Map<String, String> previousUnit = new HashMap<>();
        database.jdbi().useHandle(h -> h.createQuery(
                        "SELECT code, old_unit, from_month FROM indicator_unit_change ORDER BY from_month")
                .map((rs, ctx) -> {
                    changedFrom.put(rs.getString("code"), YearMonth.from(Sql.date(rs, "from_month")));
                    previousUnit.put(rs.getString("code"), rs.getString("old_unit"));
                    return null;
                })
                .list());
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT i.code, COALESCE(s.name_vi, i.name_vi) AS name_vi, "
                                + "COALESCE(s.name_en, i.name_en) AS name_en, i.category, COALESCE(s.unit_label, i.unit) AS unit, "
                                + "i.unit AS synced_unit, COALESCE(s.direction, i.direction) AS direction, i.periodicity, "
                                + "i.aggregation, i.updated_at, COALESCE(s.target, i.target) AS target, "
                                + "COALESCE(s.warning, i.warning) AS warning, COALESCE(s.critical, i.critical) AS critical, "
                                + "s.valid_min, s.valid_max FROM indicator i LEFT JOIN indicator_setting s ON s.code = i.code "
                                + "ORDER BY i.category, i.code")
                .map((rs, ctx) -> {
                    Indicator indicator = indicator(rs);
                    ValidRange range = ValidRange.defaultFor(indicator.aggregation())
                            .overriddenBy(Sql.nullableDouble(rs, "valid_min"), Sql.nullableDouble(rs, "valid_max"));
                    String code = indicator.code();
                    return new CatalogEntry(indicator, range, changedFrom.get(code), previousUnit.get(code));
                })
                .list());
    }

    /**
     * An indicator from a row of the catalog's columns. Without an aggregation of its own it takes the default of
     * the synced unit (column {@code synced_unit} when present), never of a unit label edited locally.
     */
    static Indicator indicator(ResultSet rs) throws SQLException {
        Aggregation aggregation = Aggregation.fromWire(rs.getString("aggregation"));
        if (aggregation == null) {
            boolean labelled = hasColumn(rs, "synced_unit");
            aggregation = Aggregation.defaultFor(rs.getString(labelled ? "synced_unit" : "unit"));
        }
        return new Indicator(
                rs.getString("code"),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                rs.getString("category"),
                rs.getString("unit"),
                Indicator.Direction.valueOf(rs.getString("direction").toUpperCase(Locale.ROOT)),
                Period.Kind.valueOf(rs.getString("periodicity").toUpperCase(Locale.ROOT)),
                Sql.nullableDouble(rs, "target"),
                Sql.nullableDouble(rs, "warning"),
                Sql.nullableDouble(rs, "critical"),
                Sql.instant(rs, "updated_at"),
                aggregation);
    }

    private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            if (rs.getMetaData().getColumnLabel(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figures of one indicator for the units given (old and new codes alike), keyed by the first month of each
     * period; a row reported missing is a null value.
     */
    public Map<String, NavigableMap<YearMonth, Double>> figures(String indicatorCode, Collection<String> unitCodes) {
        Map<String, NavigableMap<YearMonth, Double>> byUnit = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return byUnit;
        }
        database.jdbi().useHandle(h -> h.createQuery("SELECT unit_code, period_start, obs_value FROM observation "
                        + "WHERE indicator_code = :code AND unit_code IN (<units>)")
                .bind("code", indicatorCode)
                .bindList("units", new ArrayList<>(unitCodes))
                .map((rs, ctx) -> {
                    byUnit.computeIfAbsent(rs.getString("unit_code"), k -> new TreeMap<>())
                            .put(YearMonth.from(Sql.date(rs, "period_start")), Sql.nullableDouble(rs, "obs_value"));
                    return null;
                })
                .list());
        return byUnit;
    }

    /** Dossiers resolved and resolved on time, per unit and month, over every agency. */
    public Map<String, NavigableMap<YearMonth, OnTimeCounts>> dossiersOnTime(Collection<String> unitCodes) {
        return onTime(
                "SELECT unit_code, period_start, SUM(resolved_on_time) AS on_time, SUM(resolved) AS handled "
                        + "FROM dossier_stat WHERE unit_code IN (<units>) GROUP BY unit_code, period_start",
                unitCodes);
    }

    /** Documents received and processed on time, per unit and month, over every agency. */
    public Map<String, NavigableMap<YearMonth, OnTimeCounts>> documentsOnTime(Collection<String> unitCodes) {
        return onTime(
                "SELECT unit_code, period_start, SUM(processed_on_time) AS on_time, SUM(incoming) AS handled "
                        + "FROM document_stat WHERE unit_code IN (<units>) GROUP BY unit_code, period_start",
                unitCodes);
    }

    /** Dossiers resolved and resolved on time per month, over every unit and agency in the cache. */
    public Map<String, NavigableMap<YearMonth, OnTimeCounts>> allDossiersOnTime() {
        return onTime(
                "SELECT '' AS unit_code, period_start, SUM(resolved_on_time) AS on_time, SUM(resolved) AS handled "
                        + "FROM dossier_stat GROUP BY period_start",
                null);
    }

    /** Documents received and processed on time per month, over every unit and agency in the cache. */
    public Map<String, NavigableMap<YearMonth, OnTimeCounts>> allDocumentsOnTime() {
        return onTime(
                "SELECT '' AS unit_code, period_start, SUM(processed_on_time) AS on_time, SUM(incoming) AS handled "
                        + "FROM document_stat GROUP BY period_start",
                null);
    }

    /** @param unitCodes the units to bind to {@code <units>}; null when the query names none */
    private Map<String, NavigableMap<YearMonth, OnTimeCounts>> onTime(String sql, Collection<String> unitCodes) {
        Map<String, NavigableMap<YearMonth, OnTimeCounts>> byUnit = new HashMap<>();
        if (unitCodes != null && unitCodes.isEmpty()) {
            return byUnit;
        }
        database.jdbi().useHandle(h -> {
            Query query = h.createQuery(sql);
            if (unitCodes != null) {
                query.bindList("units", new ArrayList<>(unitCodes));
            }
            query.map((rs, ctx) -> {
                        byUnit.computeIfAbsent(rs.getString("unit_code"), k -> new TreeMap<>())
                                .put(
                                        YearMonth.from(Sql.date(rs, "period_start")),
                                        new OnTimeCounts(rs.getLong("on_time"), rs.getLong("handled")));
                        return null;
                    })
                    .list();
        });
        return byUnit;
    }

    /** Every row of the lineage table. */
    public List<UnitChange> unitChanges() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT change_id, level, old_code, old_name, new_code, "
                        + "new_name, relation, effective_date, legal_basis, updated_at FROM unit_change")
                .map((rs, ctx) -> new UnitChange(
                        rs.getString("change_id"),
                        UnitLevel.fromWire(rs.getString("level")),
                        rs.getString("old_code"),
                        rs.getString("old_name"),
                        rs.getString("new_code"),
                        rs.getString("new_name"),
                        UnitChange.Relation.valueOf(rs.getString("relation").toUpperCase(Locale.ROOT)),
                        Sql.date(rs, "effective_date"),
                        rs.getString("legal_basis"),
                        Sql.instant(rs, "updated_at")))
                .list());
    }

    /**
     * The province the cache's figures are for: a province in force on {@code today} with observations; null when
     * there is none yet.
     */
    public String homeProvince(LocalDate today) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT MIN(code) FROM admin_unit WHERE level = 'province' "
                                + "AND (valid_from IS NULL OR valid_from <= :day) AND (valid_to IS NULL OR valid_to >= :day) "
                                + "AND EXISTS (SELECT 1 FROM observation o WHERE o.unit_code = admin_unit.code)")
                        .bind("day", today)
                        .mapTo(String.class)
                        .findOne()
                        .orElse(null));
    }

    /**
     * When the figures were last synced: the last success of the observations sources, since every figure of a source
     * is as of its last complete run. Null before any.
     */
    public Instant observationsAsOf() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT MAX(last_success_at) AS at FROM sync_state WHERE contract = 'observations'")
                .map((rs, ctx) -> Sql.instant(rs, "at"))
                .one());
    }

    /**
     * Notices indicators whose unit differs from the one their figures were last seen in, and records from which
     * month the new unit holds. Called after each sync of the catalog; idempotent.
     *
     * @return the codes whose unit changed now
     */
    public List<String> recordUnitChanges(Instant now, LocalDate today) {
        return database.jdbi().inTransaction(tx -> {
            List<String[]> rows = tx.createQuery("SELECT i.code, i.unit, s.known_unit, s.code AS known "
                            + "FROM indicator i LEFT JOIN indicator_setting s ON s.code = i.code")
                    .map((rs, ctx) -> new String[] {
                        rs.getString("code"), rs.getString("unit"), rs.getString("known_unit"), rs.getString("known")
                    })
                    .list();
            List<String> changed = new ArrayList<>();
            for (String[] row : rows) {
                String code = row[0];
                String unit = row[1];
                if (row[3] == null) {
                    tx.createUpdate("INSERT INTO indicator_setting (code, known_unit) VALUES (:code, :unit)")
                            .bind("code", code)
                            .bind("unit", unit)
                            .execute();
                } else if (row[2] == null || !row[2].equals(unit)) {
                    if (row[2] != null) {
                        tx.createUpdate("INSERT INTO indicator_unit_change (code, old_unit, new_unit, from_month, "
                                        + "detected_at) VALUES (:code, :old, :new, :from, :at)")
                                .bind("code", code)
                                .bind("old", row[2])
                                .bind("new", unit)
                                .bind("from", today.withDayOfMonth(1))
                                .bind("at", Sql.utc(now))
                                .execute();
                        changed.add(code);
                    }
                    tx.createUpdate("UPDATE indicator_setting SET known_unit = :unit WHERE code = :code")
                            .bind("code", code)
                            .bind("unit", unit)
                            .execute();
                }
            }
            return changed;
        });
    }
}
