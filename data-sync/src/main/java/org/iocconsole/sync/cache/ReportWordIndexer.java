package org.iocconsole.sync.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the word index ({@code report_word}) up to the reports the sync wrote, from the reports it marked pending
 * (V13). It runs on its own thread when the sync pauses, so a report is in the queue as soon as its page commits and
 * can be found by its words a moment later; {@link #catchUp()} does the same on the caller's thread. Each
 * batch is one transaction: a process killed midway leaves the rest pending for the next start. Thread-safe.
 */
public final class ReportWordIndexer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReportWordIndexer.class);
    static final int BATCH = 500;

    private final CacheDatabase database;
    private final Consumer<List<String>> indexed;
    /** The sync's pages come this close together while it reads a source: the indexer waits for a pause. */
    static final Duration QUIET = Duration.ofMillis(700);
    /** A sync that never pauses still gets its reports indexed this often. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    private final Object lock = new Object();
    private ScheduledFuture<?> planned;
    private long firstWakeNanos;
    private volatile boolean closed;
    private volatile boolean running;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread t = new Thread(runnable, "report-words");
        t.setDaemon(true);
        return t;
    });

    /** @param indexed told of the reports just indexed, after each batch commits, on the indexer's thread */
    public ReportWordIndexer(CacheDatabase database, Consumer<List<String>> indexed) {
        this.database = database;
        this.indexed = indexed;
        // A planned run still waiting when the indexer closes is dropped: its reports stay pending for the next start.
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Indexes what is pending on the indexer's thread once the sync has paused for {@link #QUIET}, or at the latest
     * {@link #LONGEST_WAIT} after the first call: indexing beside a first sync would halve its speed on a small
     * machine, and the queue shows new reports before their words are indexed.
     */
    public void wake() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            long now = System.nanoTime();
            boolean waiting = planned != null && !planned.isDone() && !running;
            if (waiting && now - firstWakeNanos >= LONGEST_WAIT.toNanos()) {
                return;
            }
            // Planned and not started: the sync is still busy, so wait for its next pause. Running or none: a new run
            // follows, for reports written after the running one looked.
            if (!waiting || !planned.cancel(false)) {
                firstWakeNanos = now;
            }
            long delay = Math.min(QUIET.toNanos(), firstWakeNanos + LONGEST_WAIT.toNanos() - now);
            plan(delay);
        }
    }

    private void catchUpLogged() {
        if (closed) {
            return;
        }
        running = true;
        boolean retry = false;
        try {
            catchUp();
        } catch (CacheException e) {
            // What was not indexed stays pending. Rows the sync held: try again at its next pause rather than at its
            // next run, which may be minutes away. Anything else: the next sync wakes the indexer again.
            if (database.dialect().isLockConflict(e)) {
                LOG.info("The word index waits for the sync to release its rows: {}", e.getMessage());
                retry = true;
            } else {
                LOG.warn("The word index could not catch up: {}", e.getMessage());
            }
        } finally {
            running = false;
        }
        if (retry) {
            retryAfterQuiet();
        }
    }

    /** Runs the indexer after {@code delayNanos}; the caller holds {@link #lock}. */
    private void plan(long delayNanos) {
        planned = thread.schedule(this::catchUpLogged, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }

    private void retryAfterQuiet() {
        synchronized (lock) {
            if (!closed) {
                firstWakeNanos = System.nanoTime();
                plan(QUIET.toNanos());
            }
        }
    }

    /**
     * Indexes every pending report on the caller's thread, batch after batch.
     *
     * @return how many reports were indexed
     */
    public synchronized int catchUp() {
        int total = 0;
        for (int done = indexBatch(); done > 0 && !closed; done = indexBatch()) {
            total += done;
        }
        return total;
    }

    /** How many reports wait for their words. */
    public long pending() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM report_word_pending")
                .mapTo(Long.class)
                .one());
    }

    private int indexBatch() {
        List<Pending> batch;
        try {
            batch = database.jdbi().inTransaction(handle -> indexBatch(handle.getConnection()));
        } catch (SQLException e) {
            throw new CacheException("The word index of the reports could not be written: " + e.getMessage(), e);
        }
        if (!batch.isEmpty()) {
            indexed.accept(batch.stream().map(Pending::id).toList());
        }
        return batch.size();
    }

    /** One transaction: the words of up to {@link #BATCH} pending reports, and their marks cleared. */
    private static List<Pending> indexBatch(Connection connection) throws SQLException {
        List<Pending> read = read(connection);
        ReportWords.replace(
                connection,
                read.stream()
                        .map(p -> new ReportWords.Change(p.id(), p.oldLine(), p.words()))
                        .toList());
        try (PreparedStatement clear = connection.prepareStatement(
                "DELETE FROM report_word_pending WHERE service_request_id = ? AND stamp = ?")) {
            for (Pending report : read) {
                clear.setString(1, report.id());
                clear.setLong(2, report.stamp());
                clear.addBatch();
            }
            clear.executeBatch();
        }
        return read;
    }

    /** The pending reports with their words now (null for a report no longer cached) and their line indexed before. */
    private static List<Pending> read(Connection connection) throws SQLException {
        List<Pending> read = new ArrayList<>(BATCH);
        try (PreparedStatement select = connection.prepareStatement("SELECT p.service_request_id, p.stamp, "
                        + "r.service_request_id AS present, r.service_name, r.address, r.description, l.line "
                        + "FROM report_word_pending p "
                        + "LEFT JOIN citizen_report r ON r.service_request_id = p.service_request_id "
                        + "LEFT JOIN report_word_line l ON l.service_request_id = p.service_request_id "
                        + "FETCH FIRST " + BATCH + " ROWS ONLY");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                Set<String> words = rs.getString(3) == null
                        ? null
                        : ReportWords.of(id, rs.getString(4), rs.getString(5), rs.getString(6));
                read.add(new Pending(id, rs.getLong(2), words, rs.getString(7)));
            }
        }
        return read;
    }

    private record Pending(String id, long stamp, Set<String> words, String oldLine) {}

    /** Lets a batch in progress finish (an interrupt would close the database under it), then stops. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
