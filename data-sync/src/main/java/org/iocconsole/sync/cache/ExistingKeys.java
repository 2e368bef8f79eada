package org.iocconsole.sync.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which rows of a page a table already holds, asked with one query per few hundred keys. */
final class ExistingKeys {
    private static final int CHUNK = 500;

    private ExistingKeys() {}

    /** The key of a row's values, comparable with what {@link #find} returns. */
    static List<Object> of(Object[] values, int[] keyPositions) {
        List<Object> key = new ArrayList<>(keyPositions.length);
        for (int position : keyPositions) {
            key.add(values[position]);
        }
        return key;
    }

    /** The keys among the rows' that the table has (key columns are text, so values compare as they came). */
    static Set<List<Object>> find(Connection connection, RowWriter<?> writer, List<Object[]> rows) throws SQLException {
        int[] positions = writer.keyPositions();
        String columns = String.join(", ", writer.keyColumns());
        String tuple =
                positions.length == 1 ? "?" : "(" + String.join(", ", Collections.nCopies(positions.length, "?")) + ")";
        Set<List<Object>> found = new HashSet<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            String in = String.join(", ", Collections.nCopies(chunk.size(), tuple));
            String left = positions.length == 1 ? columns : "(" + columns + ")";
            String sql = "SELECT " + columns + " FROM " + writer.table() + " WHERE " + left + " IN (" + in + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int parameter = 1;
                for (Object[] values : chunk) {
                    for (int position : positions) {
                        select.setObject(parameter++, values[position]);
                    }
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        List<Object> key = new ArrayList<>(positions.length);
                        for (int c = 1; c <= positions.length; c++) {
                            key.add(rs.getString(c));
                        }
                        found.add(key);
                    }
                }
            }
        }
        return found;
    }
}
