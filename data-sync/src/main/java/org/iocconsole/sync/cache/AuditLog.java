package org.iocconsole.sync.cache;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.StatementContext;

/** The append-only audit log: rows are inserted, never changed. Thread-safe. */
public final class AuditLog {
    private final CacheDatabase database;

    public AuditLog(CacheDatabase database) {
        this.database = database;
    }

    /** Appends inside the caller's transaction, so the entry exists exactly when the action does. */
    public void append(Handle tx, Instant at, String actor, String action, String targetId, String detail) {
        tx.createUpdate("INSERT INTO audit_log (at, actor, action, target_id, detail) "
                        + "VALUES (:at, :actor, :action, :target, :detail)")
                .bind("at", Sql.utc(at))
                .bind("actor", actor)
                .bind("action", action)
                .bind("target", targetId)
                .bind("detail", detail)
                .execute();
    }

    /** Appends an entry of its own, for an event that changes nothing else (a sign-out). */
    public void record(Instant at, String actor, String action, String targetId, String detail) {
        database.jdbi().useTransaction(tx -> append(tx, at, actor, action, targetId, detail));
    }

    /**
     * Writes the entries from {@code from} (inclusive) to {@code to} (exclusive) as CSV with a header, oldest first,
     * streaming: the log may be long. Returns how many entries were written.
     */
    public long exportCsv(Instant from, Instant to, Writer out) throws IOException {
        return exportCsv(new AuditFilter(null, null, from, to), out);
    }

    /**
     * Writes the entries {@code filter} selects as CSV with a header, oldest first, streaming. Returns how many entries
     * were written.
     */
    public long exportCsv(AuditFilter filter, Writer out) throws IOException {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.builder()
                .addColumn("id")
                .addColumn("at")
                .addColumn("actor")
                .addColumn("action")
                .addColumn("target")
                .addColumn("detail")
                .build()
                .withHeader();
        try (SequenceWriter rows = csv.writer(schema).writeValues(out)) {
            return database.jdbi().withHandle(handle -> {
                long written = 0;
                try (ResultIterator<AuditEntry> entries = filter.bind(
                                handle.createQuery("SELECT id, at, actor, action, target_id, detail FROM audit_log"
                                        + filter.where() + " ORDER BY id"))
                        .map(AuditLog::entry)
                        .iterator()) {
                    while (entries.hasNext()) {
                        AuditEntry entry = entries.next();
                        rows.write(new Object[] {
                            entry.id(),
                            entry.at().toString(),
                            cell(entry.actor()),
                            cell(entry.action()),
                            cell(entry.targetId()),
                            cell(entry.detail())
                        });
                        written++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return written;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A text cell that a spreadsheet will not run as a formula (a leading = + - @ is quoted away). */
    private static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static AuditEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                Sql.instant(rs, "at"),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("target_id"),
                rs.getString("detail"));
    }

    /** The entries from {@code from} to {@code to} (both included), oldest first. */
    public List<AuditEntry> between(Instant from, Instant to) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT id, at, actor, action, target_id, detail FROM audit_log "
                                + "WHERE at >= :from AND at <= :to ORDER BY at, id")
                .bind("from", Sql.utc(from))
                .bind("to", Sql.utc(to))
                .map(AuditLog::entry)
                .list());
    }

    /** One page of the entries {@code filter} selects, newest first. */
    public List<AuditEntry> page(AuditFilter filter, long offset, int limit) {
        return database.jdbi().withHandle(handle -> filter.bind(
                        handle.createQuery("SELECT id, at, actor, action, target_id, detail FROM audit_log"
                                + filter.where() + " ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"))
                .bind("offset", offset)
                .bind("limit", limit)
                .map(AuditLog::entry)
                .list());
    }

    /** How many entries {@code filter} selects. */
    public long count(AuditFilter filter) {
        return database.jdbi()
                .withHandle(handle -> filter.bind(handle.createQuery("SELECT COUNT(*) FROM audit_log" + filter.where()))
                        .mapTo(Long.class)
                        .one());
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT id, at, actor, action, target_id, detail FROM audit_log "
                                + "ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit)
                .map(AuditLog::entry)
                .list());
    }
}
