package org.iocconsole.sync.kpi;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.Sql;
import org.iocconsole.sync.model.Indicator;

/**
 * The local edits of the indicator catalog (table {@code indicator_setting}), kept apart from the synced entries so
 * that a sync never overwrites them. Thread-safe; blocking, call off the FX thread.
 */
public final class IndicatorSettings {
    private final CacheDatabase database;

    public IndicatorSettings(CacheDatabase database) {
        this.database = database;
    }

    /** The local values of an indicator; {@link IndicatorEdit#none} when it has none. */
    public IndicatorEdit edit(String code) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT code, name_vi, name_en, unit_label, direction, target, "
                                + "warning, critical FROM indicator_setting WHERE code = :code")
                        .bind("code", code)
                        .map((rs, ctx) -> new IndicatorEdit(
                                rs.getString("code"),
                                rs.getString("name_vi"),
                                rs.getString("name_en"),
                                rs.getString("unit_label"),
                                direction(rs.getString("direction")),
                                Sql.nullableDouble(rs, "target"),
                                Sql.nullableDouble(rs, "warning"),
                                Sql.nullableDouble(rs, "critical")))
                        .findOne())
                .orElse(IndicatorEdit.none(code));
    }

    /** The synced entries as the source sent them, by category then code. */
    public List<Indicator> synced() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT code, name_vi, name_en, category, unit, direction, "
                                + "periodicity, target, warning, critical, updated_at, aggregation FROM indicator "
                                + "ORDER BY category, code")
                        .map((rs, ctx) -> KpiQueries.indicator(rs))
                        .list());
    }

    /**
     * Stores an indicator's local values, keeping what the sync noted there (the unit last seen, valid bounds).
     *
     * @throws IllegalArgumentException when the values have {@link IndicatorEdit#problems problems}
     */
    public void save(IndicatorEdit edit, Indicator synced, String actor, Instant now) {
        List<String> problems = edit.isEmpty() ? List.of() : edit.problems(synced);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("catalog values that cannot be saved: " + problems);
        }
        database.jdbi().useTransaction(tx -> {
            int updated = tx.createUpdate("UPDATE indicator_setting SET name_vi = :vi, name_en = :en, unit_label = "
                            + ":unit, direction = :direction, target = :target, warning = :warning, critical = "
                            + ":critical, edited_by = :by, edited_at = :at WHERE code = :code")
                    .bindMap(values(edit, actor, now))
                    .execute();
            if (updated == 0) {
                tx.createUpdate("INSERT INTO indicator_setting (code, name_vi, name_en, unit_label, direction, "
                                + "target, warning, critical, edited_by, edited_at) VALUES (:code, :vi, :en, :unit, "
                                + ":direction, :target, :warning, :critical, :by, :at)")
                        .bindMap(values(edit, actor, now))
                        .execute();
            }
        });
    }

    /** Back to the synced values: the local ones are cleared. */
    public void clear(String code, String actor, Instant now) {
        save(IndicatorEdit.none(code), null, actor, now);
    }

    private static Map<String, Object> values(IndicatorEdit edit, String actor, Instant now) {
        Map<String, Object> values = new HashMap<>();
        values.put("code", edit.code());
        values.put("vi", edit.nameVi());
        values.put("en", edit.nameEn());
        values.put("unit", edit.unit());
        values.put(
                "direction",
                edit.direction() == null ? null : edit.direction().name().toLowerCase(Locale.ROOT));
        values.put("target", edit.target());
        values.put("warning", edit.warning());
        values.put("critical", edit.critical());
        values.put("by", actor);
        values.put("at", Sql.utc(now));
        return values;
    }

    private static Indicator.Direction direction(String text) {
        return text == null ? null : Indicator.Direction.valueOf(text.toUpperCase(Locale.ROOT));
    }
}
