package org.iocconsole.sync.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.QueueReports;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.config.OutboxConfig;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.model.ReportPriority;
import org.iocconsole.sync.model.WorkflowStatus;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OutboxPusher;
import org.iocconsole.sync.outbox.OutboxRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each queue action reaches the API exactly once, across an outage and a restart of the console: a server that
 * applies a key once and answers the first answer again, the way docs/api/actions.md asks.
 */
class ExactlyOncePushTest {
    @TempDir
    Path dir;

    private final ConnectorFixture http = new ConnectorFixture();
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> sentWhileUp = new CopyOnWriteArrayList<>();
    private volatile boolean down = true;
    private final List<OutboxPusher> pushers = new ArrayList<>();

    @AfterEach
    void close() {
        pushers.forEach(OutboxPusher::close);
        http.close();
    }

    @Test
    void eachActionIsAppliedOnceAcrossAnOutageAndARestart() throws Exception {
        Map<String, Integer> answers = new HashMap<>();
        http.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String key = request.getHeaders().get("Idempotency-Key");
                seen.add(key);
                if (down) {
                    return new MockResponse.Builder().code(503).build();
                }
                sentWhileUp.add(key);
                synchronized (answers) {
                    if (answers.putIfAbsent(key, 200) == null) {
                        applied.add(key);
                    }
                }
                return new MockResponse.Builder()
                        .code(200)
                        .body("{\"status\":\"applied\"}")
                        .build();
            }
        });
        List<String> keys = new ArrayList<>();
        try (CacheDatabase db = CacheDatabase.open(dir, "cache")) {
            QueueReports.write(
                    db,
                    List.of(QueueReports.report(
                            "TN-1",
                            Instant.parse("2026-11-21T01:00:00Z"),
                            null,
                            "received",
                            null,
                            null,
                            null,
                            null,
                            null)));
            OutboxRepository outbox = new OutboxRepository(db);
            OutboxPusher pusher = pusher(outbox);
            ReportActions actions = actions(db, outbox, pusher);
            keys.add(actions.acknowledge("TN-1", null, "dieuhanh01"));
            keys.add(actions.setPriority("TN-1", ReportPriority.HIGH, null, "dieuhanh01"));
            keys.add(actions.assign("TN-1", "Sở Xây dựng", null, "dieuhanh01"));
            awaitUntil(() -> seen.size() >= 2);
            pusher.close();
            assertThat(outbox.counts().pending())
                    .as("nothing sent during the outage")
                    .isEqualTo(3);
        }

        down = false;
        try (CacheDatabase db = CacheDatabase.open(dir, "cache")) {
            OutboxRepository outbox = new OutboxRepository(db);
            OutboxPusher pusher = pusher(outbox);
            keys.add(actions(db, outbox, pusher).changeStatus("TN-1", WorkflowStatus.IN_PROGRESS, null, "dieuhanh01"));
            pusher.nudge();
            awaitUntil(() -> outbox.counts().pending() == 0);
            pusher.drain(Duration.ofMillis(200));
            pusher.close();
        }
        try (CacheDatabase db = CacheDatabase.open(dir, "cache")) {
            OutboxPusher pusher = pusher(new OutboxRepository(db));
            Thread.sleep(300);
            pusher.close();
        }

        assertThat(applied).as("each key applied once, in the order taken").containsExactlyElementsOf(keys);
        assertThat(seen.stream().filter(k -> !down).count()).isGreaterThanOrEqualTo(4);
        List<String> afterOutage = seen.subList(seen.indexOf(keys.get(0)) + 1, seen.size());
        assertThat(afterOutage.stream().distinct())
                .as("only the queued keys were ever sent")
                .isSubsetOf(keys);
        assertThat(keys).doesNotHaveDuplicates();
    }

    private ReportActions actions(CacheDatabase db, OutboxRepository outbox, OutboxPusher pusher) {
        return new ReportActions(
                db,
                new ActionRecorder(db, outbox, new AuditLog(db), TestCaches.mapper()),
                new HistoryCodec(TestCaches.mapper()),
                SlaPolicy.defaults(),
                Clock.systemUTC(),
                pusher::nudge);
    }

    private OutboxPusher pusher(OutboxRepository outbox) {
        OutboxPusher pusher = new OutboxPusher(
                outbox,
                http.connectors.actions(OutboxConfig.of(http.url("/api/v1/"), null)),
                Clock.systemUTC(),
                Duration.ofMillis(20),
                Duration.ofMillis(100),
                counts -> {});
        pushers.add(pusher);
        pusher.start();
        return pusher;
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(20);
        }
    }
}
