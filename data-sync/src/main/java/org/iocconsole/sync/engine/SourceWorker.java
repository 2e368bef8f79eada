package org.iocconsole.sync.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.iocconsole.sync.cache.CacheWriter;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.SourceConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one source on its own thread, so a slow or broken source never holds back another. At most one run at a
 * time; a trigger during a run is ignored. Thread-safe.
 */
final class SourceWorker {
    private static final Logger LOG = LoggerFactory.getLogger(SourceWorker.class);

    private final SourceConnector<?> connector;
    private final CacheWriter writer;
    private final SyncStateRepository states;
    private final Clock clock;
    private final SyncProgressListener progress;
    private final ChangeListener changes;
    private final FetchGuard guard;
    private final ExecutorService thread;
    private final ExecutorService writes;

    private final Object lock = new Object();
    private CancelHandle cancel;
    private Thread runner;
    private CompletableFuture<SourceRun.Outcome> outcome;
    private volatile SourceRun current;
    private volatile Instant notBefore;

    SourceWorker(
            SourceConnector<?> connector,
            CacheWriter writer,
            SyncStateRepository states,
            Clock clock,
            SyncTiming timing,
            SyncProgressListener progress,
            ChangeListener changes) {
        this.connector = connector;
        this.writer = writer;
        this.states = states;
        this.clock = clock;
        this.progress = progress;
        this.changes = changes;
        String id = connector.source().id();
        this.guard = new FetchGuard(id, timing, clock, (failure, wait) -> {
            SourceRun run = current;
            if (run != null) {
                run.retrying(failure, wait);
            }
        });
        this.thread = Executors.newSingleThreadExecutor(daemon("sync-" + id));
        this.writes = Executors.newSingleThreadExecutor(daemon("sync-" + id + "-write"));
    }

    String sourceId() {
        return connector.source().id();
    }

    SourceConnector<?> connector() {
        return connector;
    }

    /** A scheduled run: skipped while the source asked not to be called (Retry-After) or a run is going on. */
    void scheduledRun() {
        Instant wait = notBefore;
        if (wait != null && clock.instant().isBefore(wait)) {
            return;
        }
        runNow();
    }

    /**
     * Starts a run unless one is going on.
     *
     * @return the outcome of the run going on or started
     */
    CompletableFuture<SourceRun.Outcome> runNow() {
        synchronized (lock) {
            if (outcome != null && !outcome.isDone()) {
                return outcome;
            }
            CancelHandle handle = new CancelHandle();
            CompletableFuture<SourceRun.Outcome> result = new CompletableFuture<>();
            cancel = handle;
            outcome = result;
            thread.execute(() -> execute(handle, result));
            return result;
        }
    }

    private void execute(CancelHandle handle, CompletableFuture<SourceRun.Outcome> result) {
        SourceRun run = new SourceRun(connector, writer, states, guard, clock, progress, changes, handle, writes);
        current = run;
        synchronized (lock) {
            runner = Thread.currentThread();
        }
        try {
            SourceRun.Outcome end = run.run();
            notBefore = end.notBefore();
            result.complete(end);
        } catch (RuntimeException e) {
            // The cache itself failed while recording the outcome: nothing more can be written for this run.
            LOG.error("Sync of {} could not record its outcome", sourceId(), e);
            SyncProgress failed = new SyncProgress(
                    sourceId(),
                    connector.source().contract(),
                    SyncPhase.FAILED,
                    0,
                    -1,
                    e.getMessage(),
                    clock.instant());
            progress.onProgress(failed);
            result.complete(new SourceRun.Outcome(failed, null));
        } finally {
            synchronized (lock) {
                runner = null;
                // A cancel that arrived as the run ended must not leak into the thread's next run.
                Thread.interrupted();
            }
            current = null;
        }
    }

    /** Stops the run going on, if any: its request is cancelled and its wait interrupted. */
    void cancel() {
        synchronized (lock) {
            if (cancel != null) {
                cancel.cancel();
            }
            SourceRun run = current;
            if (runner != null && run != null && run.waitingToRetry()) {
                runner.interrupt();
            }
        }
    }

    /**
     * Cancels the run and stops the threads, waiting a little for them. No interrupt beyond {@link #cancel}: a page or
     * a sync state being written is let finish.
     */
    void close() {
        cancel();
        thread.shutdown();
        writes.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
            writes.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
