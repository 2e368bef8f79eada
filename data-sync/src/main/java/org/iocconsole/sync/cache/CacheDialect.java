package org.iocconsole.sync.cache;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * The one place where SQL differs between the H2 file cache of a console and the PostgreSQL cache a room of consoles
 * will share: the column types the migrations take as placeholders, and the SQL states that say another transaction
 * held the rows. Every statement elsewhere is plain SQL that both run (upserts are an UPDATE, then an INSERT of the
 * rows it did not find).
 */
public enum CacheDialect {
    // H2: lock timeout (HYT00, error 50200) and deadlock (40001).
    H2(Map.of("text_type", "CHARACTER VARYING"), Set.of("HYT00", "40001")),
    // PostgreSQL: lock not available, deadlock detected, serialization failure.
    POSTGRESQL(Map.of("text_type", "TEXT"), Set.of("55P03", "40P01", "40001"));

    private final Map<String, String> placeholders;
    private final Set<String> lockConflicts;

    CacheDialect(Map<String, String> placeholders, Set<String> lockConflicts) {
        this.placeholders = placeholders;
        this.lockConflicts = lockConflicts;
    }

    /**
     * Whether a failure, or one of its causes, is a conflict with another transaction over the same rows: nothing is
     * wrong with the data, and the same work succeeds once the other transaction is done.
     */
    public boolean isLockConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && lockConflicts.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Values of the {@code ${...}} placeholders in the Flyway migrations. */
    Map<String, String> placeholders() {
        return placeholders;
    }
}
