package org.iocconsole.sync.cache;

import java.util.Map;

/**
 * The one place where SQL differs between the H2 file cache of a console and the PostgreSQL cache a room of consoles
 * will share: the column types the migrations take as placeholders. Every statement elsewhere is plain SQL that both
 * run (upserts are an UPDATE, then an INSERT of the rows it did not find).
 */
public enum CacheDialect {
    H2(Map.of("text_type", "CHARACTER VARYING")),
    POSTGRESQL(Map.of("text_type", "TEXT"));

    private final Map<String, String> placeholders;

    CacheDialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    /** Values of the {@code ${...}} placeholders in the Flyway migrations. */
    Map<String, String> placeholders() {
        return placeholders;
    }
}
