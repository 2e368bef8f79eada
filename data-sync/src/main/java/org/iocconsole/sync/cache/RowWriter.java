package org.iocconsole.sync.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * How the rows of one contract go into their table: the columns in parameter order and the binding of one row.
 * Stateless and thread-safe.
 */
abstract class RowWriter<T> {
    private final String table;
    private final List<String> keyColumns;
    private final List<String> columns;

    /**
     * @param keyColumns the natural key
     * @param columns every column, in the order {@link #bind} sets the parameters
     */
    RowWriter(String table, List<String> keyColumns, List<String> columns) {
        this.table = table;
        this.keyColumns = List.copyOf(keyColumns);
        this.columns = List.copyOf(columns);
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

    /** The row's key as change events and deletions carry it. */
    abstract String key(T row);

    abstract void bind(PreparedStatement ps, T row, Instant syncedAt) throws SQLException;
}
