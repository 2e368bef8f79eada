package org.iocconsole.sync.cache;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where SQL differs between the H2 file cache of a console and the PostgreSQL cache a room of consoles
 * will share: column types the migrations take as placeholders, and the upsert statement.
 */
public enum CacheDialect {
    H2 {
        @Override
        public String upsert(String table, List<String> keyColumns, List<String> columns) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keyColumns)
                    + ") VALUES (" + markers(columns.size()) + ")";
        }

        @Override
        Map<String, String> placeholders() {
            return Map.of("text_type", "CHARACTER VARYING");
        }
    },
    POSTGRESQL {
        @Override
        public String upsert(String table, List<String> keyColumns, List<String> columns) {
            String updates = columns.stream()
                    .filter(column -> !keyColumns.contains(column))
                    .map(column -> column + " = EXCLUDED." + column)
                    .collect(Collectors.joining(", "));
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + markers(columns.size())
                    + ") ON CONFLICT (" + String.join(", ", keyColumns) + ") DO UPDATE SET " + updates;
        }

        @Override
        Map<String, String> placeholders() {
            return Map.of("text_type", "TEXT");
        }
    };

    /** An insert-or-update by key with one positional parameter per column, in the order given. */
    public abstract String upsert(String table, List<String> keyColumns, List<String> columns);

    /** Values of the {@code ${...}} placeholders in the Flyway migrations. */
    abstract Map<String, String> placeholders();

    private static String markers(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
