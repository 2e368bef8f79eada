package org.iocconsole.sync.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the connectors read: each page together with its source's cursor in ONE transaction, so a crash never
 * leaves rows without their cursor or a cursor past rows that were not written. Also records the outcome of each run
 * in the source's sync state. Thread-safe; called from the sync engine's workers.
 */
public final class CacheWriter {
    private static final Logger LOG = LoggerFactory.getLogger(CacheWriter.class);

    private final CacheDatabase database;
    private final Map<Contract, RowWriter<?>> writers = new EnumMap<>(Contract.class);
    private final Map<Contract, Statements> statements = new EnumMap<>(Contract.class);

    /** The two statements of an upsert, in portable SQL. */
    private record Statements(String update, String insert) {
        static Statements of(RowWriter<?> writer) {
            String set = String.join(" = ?, ", writer.columns()) + " = ?";
            String where = String.join(" = ? AND ", writer.keyColumns()) + " = ?";
            String markers = String.join(
                    ", ", java.util.Collections.nCopies(writer.columns().size(), "?"));
            return new Statements(
                    "UPDATE " + writer.table() + " SET " + set + " WHERE " + where,
                    "INSERT INTO " + writer.table() + " (" + String.join(", ", writer.columns()) + ") VALUES ("
                            + markers + ")");
        }
    }

    public CacheWriter(CacheDatabase database, HistoryCodec history) {
        this.database = database;
        writers.put(Contract.OPEN311, new CitizenReportRows(history));
        writers.put(Contract.ADMIN_UNITS, new AdminUnitRows());
        writers.put(Contract.UNIT_CHANGES, new UnitChangeRows());
        writers.put(Contract.INDICATORS, new IndicatorRows());
        writers.put(Contract.OBSERVATIONS, new ObservationRows());
        writers.put(Contract.DOSSIER_STATS, new DossierStatRows());
        writers.put(Contract.DOCUMENT_STATS, new DocumentStatRows());
        writers.put(Contract.CAMERAS, new CameraRows());
        writers.put(Contract.FACILITIES, new FacilityRows());
        writers.put(Contract.NOTICES, new NoticeRows());
        writers.forEach((contract, writer) -> statements.put(contract, Statements.of(writer)));
    }

    /**
     * Upserts the page's rows, deletes its tombstones and moves the source's cursor, all in one transaction. When the
     * page is the last of the run, the source's last success becomes {@code syncedAt}.
     *
     * @return the keys of the rows written or deleted, for the change event
     * @throws CacheException when the database refuses a row (for example a value too long for its column); nothing of
     *     the page is written then
     * @throws ClassCastException when the page's rows are not of the contract's model type
     */
    public List<String> writePage(String sourceId, Contract contract, Page<?> page, Instant syncedAt) {
        RowWriter<?> writer = writers.get(contract);
        try {
            return database.jdbi().inTransaction(handle -> {
                SyncStates.ensure(handle, sourceId, contract);
                List<String> keys =
                        new ArrayList<>(page.items().size() + page.deletedKeys().size());
                Connection connection = handle.getConnection();
                upsert(connection, contract, writer, page.items(), syncedAt, keys);
                delete(connection, writer, page.deletedKeys(), keys);
                SyncStates.moveCursor(handle, sourceId, page, keys.size(), syncedAt);
                return keys;
            });
        } catch (SQLException e) {
            // Nothing of the page was committed; the message reaches the source's status.
            throw new CacheException("The cache refused a page of " + sourceId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Finds which of the page's rows the table has, then updates those and inserts the others, each as one batch.
     * Plain SELECT, UPDATE and INSERT are the same in every SQL database, and a first sync costs no more than inserts.
     */
    private <T> void upsert(
            Connection connection,
            Contract contract,
            RowWriter<T> writer,
            List<?> items,
            Instant syncedAt,
            List<String> keys)
            throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        int[] keyPositions = writer.keyPositions();
        // A page that names one key twice keeps its last row (the later state); the others are logged, not inserted
        // twice (which the primary key would refuse, failing the whole page).
        Map<List<Object>, Integer> byKey = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(items.size());
        List<T> typed = new ArrayList<>(items.size());
        for (Object item : items) {
            T row = castRow(contract, item);
            Object[] values = writer.values(row, syncedAt);
            Integer earlier = byKey.putIfAbsent(ExistingKeys.of(values, keyPositions), rows.size());
            if (earlier != null) {
                LOG.warn("{} page holds {} more than once; its last row is kept", contract.wireName(), writer.key(row));
                rows.set(earlier, values);
                typed.set(earlier, row);
                continue;
            }
            typed.add(row);
            rows.add(values);
            keys.add(writer.key(row));
        }
        Set<List<Object>> existing = ExistingKeys.find(connection, writer, rows);
        Statements sql = statements.get(contract);
        List<T> insertedRows = new ArrayList<>();
        List<T> updatedRows = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(sql.update());
                PreparedStatement insert = connection.prepareStatement(sql.insert())) {
            boolean updates = false;
            boolean inserts = false;
            for (int r = 0; r < rows.size(); r++) {
                Object[] values = rows.get(r);
                if (existing.contains(ExistingKeys.of(values, keyPositions))) {
                    updatedRows.add(typed.get(r));
                    bind(update, values);
                    for (int k = 0; k < keyPositions.length; k++) {
                        update.setObject(values.length + k + 1, values[keyPositions[k]]);
                    }
                    update.addBatch();
                    updates = true;
                } else {
                    insertedRows.add(typed.get(r));
                    bind(insert, values);
                    insert.addBatch();
                    inserts = true;
                }
            }
            if (updates) {
                update.executeBatch();
            }
            if (inserts) {
                insert.executeBatch();
            }
        }
        writer.afterUpsert(connection, insertedRows, updatedRows);
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T castRow(Contract contract, Object item) {
        if (!ModelTypes.of(contract).isInstance(item)) {
            throw new ClassCastException("a " + contract.wireName() + " page holds a "
                    + item.getClass().getSimpleName());
        }
        return (T) item;
    }

    /** Deletes tombstones; a composite key comes as its columns' values joined with {@code |}. */
    private static void delete(Connection connection, RowWriter<?> writer, List<String> deletedKeys, List<String> keys)
            throws SQLException {
        if (deletedKeys.isEmpty()) {
            return;
        }
        List<String> keyColumns = writer.keyColumns();
        String sql = "DELETE FROM " + writer.table() + " WHERE " + String.join(" = ? AND ", keyColumns) + " = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (String key : deletedKeys) {
                String[] parts = key.split("\\|", -1);
                if (parts.length != keyColumns.size()) {
                    throw new SQLException("a deleted key of " + writer.table() + " has " + parts.length
                            + " parts, not " + keyColumns.size() + ": " + key);
                }
                for (int i = 0; i < parts.length; i++) {
                    ps.setString(i + 1, parts[i]);
                }
                ps.addBatch();
                keys.add(key);
            }
            ps.executeBatch();
        }
        writer.afterDelete(connection, deletedKeys);
    }

    /** A run of the source has started. */
    public void recordStart(String sourceId, Contract contract, Instant at) {
        database.jdbi().useTransaction(handle -> {
            SyncStates.ensure(handle, sourceId, contract);
            SyncStates.markAttempt(handle, sourceId, at);
        });
    }

    /** The source answered that nothing changed: a success without rows. */
    public void recordUnchanged(String sourceId, Contract contract, Instant at) {
        database.jdbi().useTransaction(handle -> {
            SyncStates.ensure(handle, sourceId, contract);
            SyncStates.markSuccess(handle, sourceId, at);
        });
    }

    /** The run failed; committed pages and the cursor stay as they are. */
    public void recordFailure(String sourceId, Contract contract, String message, Instant at) {
        database.jdbi().useTransaction(handle -> {
            SyncStates.ensure(handle, sourceId, contract);
            SyncStates.markFailure(handle, sourceId, message, at);
        });
    }
}
