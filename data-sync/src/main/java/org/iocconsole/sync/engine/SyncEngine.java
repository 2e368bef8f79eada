package org.iocconsole.sync.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.iocconsole.sync.cache.CacheWriter;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.connector.SourceConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the cache filled from the configured sources: each source on its own thread and schedule, incremental from
 * its stored cursor, retried and circuit-broken on its own. Progress and change events go to the listeners given.
 * Thread-safe.
 */
public final class SyncEngine implements SyncControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final Map<String, SourceWorker> workers = new LinkedHashMap<>();
    private final ScheduledExecutorService scheduler;

    /**
     * @param progress told of every phase change of every source, on the sources' threads
     * @param changes told of rows written, after each commit, on the sources' threads
     */
    public SyncEngine(
            List<SourceConnector<?>> connectors,
            CacheWriter writer,
            SyncStateRepository states,
            Clock clock,
            SyncTiming timing,
            SyncProgressListener progress,
            ChangeListener changes) {
        for (SourceConnector<?> connector : connectors) {
            SourceWorker worker = new SourceWorker(connector, writer, states, clock, timing, progress, changes);
            if (workers.putIfAbsent(worker.sourceId(), worker) != null) {
                throw new IllegalArgumentException("two sources are called " + worker.sourceId());
            }
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "sync-scheduler");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts every source now, then again each time its {@code every} has passed. */
    public void start() {
        for (SourceWorker worker : workers.values()) {
            long every = worker.connector().source().every().toMillis();
            scheduler.scheduleWithFixedDelay(() -> trigger(worker), 0, every, TimeUnit.MILLISECONDS);
        }
        LOG.info("Sync engine started with {} sources", workers.size());
    }

    private static void trigger(SourceWorker worker) {
        try {
            worker.scheduledRun();
        } catch (RuntimeException e) {
            // A failed trigger must not end the schedule of this source.
            LOG.error("Could not start a run of {}", worker.sourceId(), e);
        }
    }

    /** Runs every source once, all at the same time, and waits until each has finished. */
    public List<SyncProgress> runOnce() {
        List<CompletableFuture<SourceRun.Outcome>> runs = new ArrayList<>();
        workers.values().forEach(worker -> runs.add(worker.runNow()));
        return runs.stream().map(run -> run.join().last()).toList();
    }

    @Override
    public List<SourceSummary> sources() {
        return workers.values().stream()
                .map(worker -> worker.connector().source())
                .map(source -> new SourceSummary(
                        source.id(), source.contract(), source.url().toString(), source.insecure(), source.every()))
                .toList();
    }

    @Override
    public void syncNow(String sourceId) {
        SourceWorker worker = workers.get(sourceId);
        if (worker != null) {
            worker.runNow();
        }
    }

    @Override
    public void syncAllNow() {
        workers.values().forEach(SourceWorker::runNow);
    }

    @Override
    public void cancel(String sourceId) {
        SourceWorker worker = workers.get(sourceId);
        if (worker != null) {
            worker.cancel();
        }
    }

    /** Stops the schedule and every run, cancelling requests in flight. Committed pages stay. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        workers.values().forEach(SourceWorker::close);
    }
}
