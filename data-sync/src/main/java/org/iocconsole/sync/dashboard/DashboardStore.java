package org.iocconsole.sync.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.Sql;

/**
 * Dashboards saved per role in the cache (table {@code dashboard}); the layout is JSON ({@code {"tiles": [...],
 * "charts": [...]}}). Thread-safe; blocking, call off the FX thread.
 */
public final class DashboardStore {
    private final CacheDatabase database;
    private final ObjectMapper mapper;

    public DashboardStore(CacheDatabase database, ObjectMapper mapper) {
        this.database = database;
        this.mapper = mapper;
    }

    /** Saves (or replaces) a dashboard. */
    public void save(DashboardLayout layout, String actor, Instant now) {
        ObjectNode json = mapper.createObjectNode();
        layout.tiles().forEach(json.putArray("tiles")::add);
        layout.charts().forEach(json.putArray("charts")::add);
        String text;
        try {
            text = mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a layout", e);
        }
        database.jdbi().useTransaction(tx -> {
            tx.createUpdate("DELETE FROM dashboard WHERE dashboard_id = :id")
                    .bind("id", layout.id())
                    .execute();
            tx.createUpdate(
                            "INSERT INTO dashboard (dashboard_id, role, name, layout, dwell_seconds, position, "
                                    + "updated_by, updated_at) VALUES (:id, :role, :name, :layout, :dwell, :position, :by, :at)")
                    .bind("id", layout.id())
                    .bind("role", layout.role())
                    .bind("name", layout.name())
                    .bind("layout", text)
                    .bind("dwell", (int) layout.dwell().toSeconds())
                    .bind("position", layout.position())
                    .bind("by", actor)
                    .bind("at", Sql.utc(now))
                    .execute();
        });
    }

    /** The dashboards of a role in rotation order. A layout that cannot be read is skipped, never half-shown. */
    public List<DashboardLayout> forRole(String role) {
        List<DashboardLayout> layouts = new ArrayList<>();
        database.jdbi().useHandle(h -> h.createQuery("SELECT dashboard_id, role, name, layout, dwell_seconds, position "
                        + "FROM dashboard WHERE role = :role ORDER BY position, dashboard_id")
                .bind("role", role)
                .map((rs, ctx) -> {
                    try {
                        JsonNode json = mapper.readTree(rs.getString("layout"));
                        layouts.add(new DashboardLayout(
                                rs.getString("dashboard_id"),
                                rs.getString("role"),
                                rs.getString("name"),
                                texts(json.get("tiles")),
                                texts(json.get("charts")),
                                Duration.ofSeconds(rs.getInt("dwell_seconds")),
                                rs.getInt("position")));
                    } catch (JsonProcessingException | IllegalArgumentException e) {
                        // a damaged row: left out
                    }
                    return null;
                })
                .list());
        return layouts;
    }

    public void delete(String id) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM dashboard WHERE dashboard_id = :id")
                .bind("id", id)
                .execute());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(node -> values.add(node.asText()));
        }
        return values;
    }
}
