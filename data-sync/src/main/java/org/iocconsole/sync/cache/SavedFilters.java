package org.iocconsole.sync.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Queue filters an operator saved under a name, kept in the cache so they survive restarts. A definition that can no
 * longer be read (written by a later version) is listed with a null filter rather than dropped. Thread-safe; call off
 * the FX thread.
 */
public final class SavedFilters {

    /** A saved filter and the order it was saved with; {@code filter} is null when the definition is unreadable. */
    public record Saved(String name, QueueFilter filter, QueueSort sort) {}

    private record Definition(QueueFilter filter, QueueSort sort) {}

    private final CacheDatabase database;
    private final ObjectMapper mapper;

    public SavedFilters(CacheDatabase database, ObjectMapper mapper) {
        this.database = database;
        this.mapper = mapper;
    }

    /** Saves (or replaces) a filter under a name. */
    public void save(String name, QueueFilter filter, QueueSort sort, Instant at) {
        String json;
        try {
            json = mapper.writeValueAsString(new Definition(filter, sort));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a queue filter cannot be written as JSON", e);
        }
        database.jdbi().useTransaction(tx -> {
            tx.createUpdate("DELETE FROM saved_filter WHERE name = :name")
                    .bind("name", name)
                    .execute();
            tx.createUpdate("INSERT INTO saved_filter (name, definition, saved_at) VALUES (:name, :json, :at)")
                    .bind("name", name)
                    .bind("json", json)
                    .bind("at", Sql.utc(at))
                    .execute();
        });
    }

    public void delete(String name) {
        database.jdbi().useHandle(handle -> handle.createUpdate("DELETE FROM saved_filter WHERE name = :name")
                .bind("name", name)
                .execute());
    }

    /** Every saved filter, by name. */
    public List<Saved> all() {
        List<Map.Entry<String, String>> rows = database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT name, definition FROM saved_filter ORDER BY name")
                        .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("definition")))
                        .list());
        List<Saved> saved = new ArrayList<>(rows.size());
        for (Map.Entry<String, String> row : rows) {
            try {
                Definition definition = mapper.readValue(row.getValue(), Definition.class);
                saved.add(new Saved(row.getKey(), definition.filter(), definition.sort()));
            } catch (JsonProcessingException e) {
                saved.add(new Saved(row.getKey(), null, null));
            }
        }
        return saved;
    }
}
