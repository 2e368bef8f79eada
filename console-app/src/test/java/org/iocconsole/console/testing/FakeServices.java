package org.iocconsole.console.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.iocconsole.console.app.ConsoleServices;
import org.iocconsole.console.app.ReadModels;
import org.iocconsole.console.reports.QueueServices;
import org.iocconsole.console.travel.TravelPreparation;
import org.iocconsole.maps.tiles.TileSource;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.engine.SourceSummary;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.SyncState;
import org.iocconsole.sync.outbox.OutboxCounts;

/**
 * A data side with three sources, fixed stored states and outbox counts, and the few rows of {@link FakeReadModels}.
 * Thread-safe.
 */
public final class FakeServices implements ConsoleServices {
    public static final SourceSummary REPORTS = new SourceSummary(
            "reports", Contract.OPEN311, "https://ioc.example.gov.vn/open311/v2/", false, Duration.ofMinutes(5));
    public static final SourceSummary CAMERAS = new SourceSummary(
            "cameras", Contract.CAMERAS, "https://ioc.example.gov.vn/api/v1/", false, Duration.ofMinutes(5));
    public static final SourceSummary INDICATORS = new SourceSummary(
            "indicators", Contract.INDICATORS, "http://10.0.0.8/api/v1/", true, Duration.ofMinutes(5));

    private final boolean demo;
    private final FakeSyncControl control = new FakeSyncControl(List.of(REPORTS, CAMERAS, INDICATORS));
    private final List<SyncState> states;
    private final ReadModels readModels = new FakeReadModels();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final AtomicInteger closed = new AtomicInteger();
    private SampleCache queueCache;
    private QueueServices queue;

    /** @param lastSuccess when the reports source last succeeded (the others never did) */
    public FakeServices(boolean demo, Instant lastSuccess) {
        this.demo = demo;
        this.states = List.of(
                new SyncState("reports", Contract.OPEN311, "c1", null, lastSuccess, lastSuccess, null, null, 1234, 0));
    }

    @Override
    public boolean demo() {
        return demo;
    }

    @Override
    public FakeSyncControl syncControl() {
        return control;
    }

    @Override
    public ReadModels readModels() {
        return readModels;
    }

    /** The queue over a cache file of its own holding {@link FakeReadModels#REPORT}, made when first asked for. */
    @Override
    public synchronized QueueServices reportQueue() {
        if (queue == null) {
            try {
                Path dir = Files.createTempDirectory("ioc-fake-queue");
                queueCache = new SampleCache(dir);
                queueCache.write(Contract.ADMIN_UNITS, List.of(FakeReadModels.COMMUNE));
                queueCache.write(Contract.OPEN311, List.of(FakeReadModels.citizenReport()));
                queue = TestQueues.over(queueCache.database(), Clock.systemUTC(), dir.resolve("media"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return queue;
    }

    @Override
    public List<Alert> evaluateAlerts(Instant now, LocalDate today) {
        return List.of();
    }

    @Override
    public void acknowledgeAlert(String alertId, String actor, Instant now) {
        acknowledged.add(alertId);
    }

    /** The alerts acknowledged so far, in order. */
    public List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** The audit log of the queue's cache file, where the queue's actions are recorded. */
    @Override
    public AuditLog auditLog() {
        reportQueue();
        synchronized (this) {
            return new AuditLog(queueCache.database());
        }
    }

    /** No fake sync engine can run a full sync; the travel tests run over the demo province. */
    @Override
    public TravelPreparation travelPreparation(Optional<TileSource> tiles, String tileUrl) {
        throw new UnsupportedOperationException("the fake data side has no sync engine to prepare for travel");
    }

    @Override
    public List<SyncState> loadSyncStates() {
        return states;
    }

    @Override
    public OutboxCounts loadOutboxCounts() {
        return new OutboxCounts(3, 1, 0);
    }

    @Override
    public synchronized void close() {
        closed.incrementAndGet();
        if (queueCache != null) {
            queueCache.close();
            queueCache = null;
            queue = null;
        }
    }

    public int closedCount() {
        return closed.get();
    }
}
