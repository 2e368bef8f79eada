package org.iocconsole.sync.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * How the rows of one contract go into their table: the columns and the values of one row in their order. Stateless
 * and thread-safe.
 */
abstract class RowWriter<T> {
    private final String table;
    private final List<String> keyColumns;
    private final List<String> columns;
    private final int[] keyPositions;

    /**
     * @param keyColumns the natural key
     * @param columns every column, in the order {@link #values} gives them
     */
    RowWriter(String table, List<String> keyColumns, List<String> columns) {
        this.table = table;
        this.keyColumns = List.copyOf(keyColumns);
        this.columns = List.copyOf(columns);
        this.keyPositions = keyColumns.stream().mapToInt(columns::indexOf).toArray();
    }

    final String table() {
        return table;
    }

    final List<String> keyColumns() {
        return keyColumns;
    }

    final List<String> columns() {
        return columns;
    }

    /** Where the key columns stand among {@link #columns()}. */
    final int[] keyPositions() {
        return keyPositions.clone();
    }

    /** The row's key as change events and deletions carry it. */
    abstract String key(T row);

    /** The row's values in column order, as JDBC takes them ({@code OffsetDateTime} for instants, null for none). */
    abstract Object[] values(T row, Instant syncedAt);

    /**
     * Keeps tables derived from this one (a word index) in step with rows just written, inside the page's
     * transaction. Nothing by default.
     *
     * @param inserted the rows the table did not hold before
     * @param updated the rows that replaced ones the table held
     */
    void afterUpsert(Connection connection, List<T> inserted, List<T> updated) throws SQLException {}

    /** Keeps derived tables in step with rows just deleted, inside the page's transaction. Nothing by default. */
    void afterDelete(Connection connection, List<String> keys) throws SQLException {}
}
