package org.iocconsole.sync.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.Sql;

/**
 * Dashboards saved per role in the cache (table {@code dashboard}). The layout column is JSON: {@code {"items":
 * [{"indicator", "widget", "column", "row", "width", "height"}]}}; the first format, {@code {"tiles": [...],
 * "charts": [...]}}, is still read. Thread-safe; blocking, call off the FX thread.
 */
public final class DashboardStore {
    private static final String COLUMNS = "dashboard_id, role, name, layout, dwell_seconds, position";

    private final CacheDatabase database;
    private final ObjectMapper mapper;
    private final List<Consumer<String>> changeListeners = new CopyOnWriteArrayList<>();

    public DashboardStore(CacheDatabase database, ObjectMapper mapper) {
        this.database = database;
        this.mapper = mapper;
    }

    /**
     * Tells {@code listener} the id of each dashboard saved or deleted through this store, after its transaction, on
     * the saving thread: views of it and rotations through its role read again.
     */
    public void onChange(Consumer<String> listener) {
        changeListeners.add(listener);
    }

    private void changed(String id) {
        changeListeners.forEach(listener -> listener.accept(id));
    }

    /**
     * Saves (or replaces) a dashboard.
     *
     * @throws IllegalArgumentException when the layout has {@link DashboardLayout#problems() problems}
     */
    public void save(DashboardLayout layout, String actor, Instant now) {
        if (!layout.problems().isEmpty()) {
            throw new IllegalArgumentException("a dashboard that cannot be saved: " + layout.problems());
        }
        String text = write(layout);
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
        changed(layout.id());
    }

    /** The dashboards of a role in rotation order. A layout that cannot be read is skipped, never half-shown. */
    public List<DashboardLayout> forRole(String role) {
        return read("WHERE role = :role", "role", role);
    }

    /** The dashboard a role opens on: the first of its rotation. */
    public Optional<DashboardLayout> firstForRole(String role) {
        return forRole(role).stream().findFirst();
    }

    /** Every dashboard, by role and rotation order. */
    public List<DashboardLayout> all() {
        return read("", null, null);
    }

    public Optional<DashboardLayout> find(String id) {
        return read("WHERE dashboard_id = :id", "id", id).stream().findFirst();
    }

    public void delete(String id) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM dashboard WHERE dashboard_id = :id")
                .bind("id", id)
                .execute());
        changed(id);
    }

    private List<DashboardLayout> read(String where, String name, String value) {
        List<DashboardLayout> layouts = new ArrayList<>();
        database.jdbi().useHandle(h -> {
            var query = h.createQuery(
                    "SELECT " + COLUMNS + " FROM dashboard " + where + " ORDER BY role, position, dashboard_id");
            if (name != null) {
                query.bind(name, value);
            }
            query.map((rs, ctx) -> {
                        parse(rs).ifPresent(layouts::add);
                        return null;
                    })
                    .list();
        });
        return layouts;
    }

    private Optional<DashboardLayout> parse(ResultSet rs) throws SQLException {
        try {
            JsonNode json = mapper.readTree(rs.getString("layout"));
            String id = rs.getString("dashboard_id");
            String role = rs.getString("role");
            String name = rs.getString("name");
            Duration dwell = Duration.ofSeconds(rs.getInt("dwell_seconds"));
            int position = rs.getInt("position");
            if (json.has("items")) {
                return Optional.of(new DashboardLayout(id, role, name, items(json.get("items")), dwell, position));
            }
            return Optional.of(DashboardLayout.ofLists(
                    id, role, name, texts(json.get("tiles")), texts(json.get("charts")), dwell, position));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            // a damaged row: left out
            return Optional.empty();
        }
    }

    private String write(DashboardLayout layout) {
        ObjectNode json = mapper.createObjectNode();
        ArrayNode items = json.putArray("items");
        for (DashboardItem item : layout.items()) {
            items.addObject()
                    .put("indicator", item.indicatorCode())
                    .put("widget", item.widget().wireName())
                    .put("column", item.column())
                    .put("row", item.row())
                    .put("width", item.width())
                    .put("height", item.height());
        }
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a layout", e);
        }
    }

    /** The cells of a saved layout; one of a widget this version does not know is left out. */
    private static List<DashboardItem> items(JsonNode array) {
        List<DashboardItem> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode node : array) {
                Widget widget = Widget.fromWire(node.path("widget").asText());
                String code = node.path("indicator").asText(null);
                if (widget != null && code != null) {
                    items.add(new DashboardItem(
                            code,
                            widget,
                            node.path("column").asInt(),
                            node.path("row").asInt(),
                            node.path("width").asInt(1),
                            node.path("height").asInt(1)));
                }
            }
        }
        return items;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(node -> values.add(node.asText()));
        }
        return values;
    }
}
