package org.iocconsole.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.iocconsole.sync.cache.CacheDatabase;

/** The floor an ingest is compared with: the same rows, inserted by plain JDBC batches into the same schema. */
final class JdbcBaseline {
    private JdbcBaseline() {}

    /**
     * Every column of every cached report, as JDBC returns them, in the order the feed delivered them (by update
     * time): the order of inserts decides how much the B-tree indexes have to move.
     */
    static List<Object[]> readReports(Path cacheDir) throws SQLException {
        try (CacheDatabase cache = CacheDatabase.open(cacheDir, "bench");
                Connection connection = cache.jdbi().open().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT * FROM citizen_report ORDER BY updated_at, service_request_id");
                ResultSet rs = select.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    Object value = rs.getObject(c + 1);
                    row[c] = value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length()) : value;
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Inserts the rows into a new cache in batches, one commit per batch; returns rows per second. */
    static double insertRate(Path cacheDir, List<Object[]> rows, int batch) throws SQLException {
        return insert(cacheDir, rows, batch).rowsPerSecond();
    }

    /**
     * What one insert of the rows cost: its speed, and the bytes the database wrote to and read from its file
     * meanwhile, which a busy machine does not change.
     */
    record Insert(double rowsPerSecond, long bytesWritten, long bytesRead) {}

    /** Inserts the rows into a new cache in batches, one commit per batch. */
    static Insert insert(Path cacheDir, List<Object[]> rows, int batch) throws SQLException {
        try (CacheDatabase cache = CacheDatabase.open(cacheDir, "bench");
                Connection connection = cache.jdbi().open().getConnection()) {
            int columns = rows.get(0).length;
            String sql =
                    "INSERT INTO citizen_report VALUES (" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            connection.setAutoCommit(false);
            long written = storeCounter(connection, "FILE_WRITE_BYTES");
            long read = storeCounter(connection, "FILE_READ_BYTES");
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int c = 0; c < columns; c++) {
                        insert.setObject(c + 1, row[c]);
                    }
                    insert.addBatch();
                    if (++pending == batch) {
                        insert.executeBatch();
                        connection.commit();
                        pending = 0;
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            double rate = rows.size() / IngestBenchmark.seconds(start);
            return new Insert(
                    rate,
                    storeCounter(connection, "FILE_WRITE_BYTES") - written,
                    storeCounter(connection, "FILE_READ_BYTES") - read);
        }
    }

    /** One of the counters H2 keeps of its file since it was opened. */
    private static long storeCounter(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT setting_value FROM information_schema.settings WHERE setting_name = ?")) {
            select.setString(1, "info." + name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
            }
        }
    }
}
