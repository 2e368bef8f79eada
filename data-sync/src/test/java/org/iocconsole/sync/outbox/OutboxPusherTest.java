package org.iocconsole.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.config.OutboxConfig;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxPusherTest {
    @TempDir
    Path dir;

    private final ConnectorFixture http = new ConnectorFixture();
    private CacheDatabase db;
    private OutboxRepository outbox;
    private ActionRecorder recorder;
    private final List<OutboxPusher> pushers = new ArrayList<>();

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "cache");
        outbox = new OutboxRepository(db);
        recorder = new ActionRecorder(db, outbox, new AuditLog(db), TestCaches.mapper());
    }

    @AfterEach
    void close() {
        pushers.forEach(OutboxPusher::close);
        http.close();
        db.close();
    }

    private OutboxPusher startPusher() {
        OutboxPusher pusher = new OutboxPusher(
                outbox,
                http.connectors.actions(OutboxConfig.of(http.url("/api/v1/"), null)),
                Clock.systemUTC(),
                Duration.ofMillis(50),
                Duration.ofMillis(200),
                counts -> {});
        pushers.add(pusher);
        pusher.start();
        return pusher;
    }

    private String record(String target) {
        return recorder.record(
                new OperatorAction(
                        "report.acknowledge",
                        target,
                        Map.of("note", "Đã tiếp nhận"),
                        "dieuhanh01",
                        Instant.now(),
                        null),
                tx -> {});
    }

    private static MockResponse applied() {
        return new MockResponse.Builder()
                .code(200)
                .body("{\"status\":\"applied\"}")
                .build();
    }

    @Test
    void pushesInOrderWithTheirKeysAndRetriesThroughAnOutage() throws Exception {
        String first = record("TN-1");
        String second = record("TN-2");
        http.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "0")
                .build());
        http.enqueue(applied());
        http.enqueue(applied());

        startPusher();
        awaitUntil(() -> outbox.counts().pending() == 0);

        List<RecordedRequest> requests = List.of(http.take(), http.take(), http.take());
        assertThat(requests)
                .extracting(r -> r.getHeaders().get("Idempotency-Key"))
                .containsExactly(first, first, second);
        assertThat(requests.get(2).getBody().utf8())
                .contains("\"target\":\"TN-2\"")
                .contains("Đã tiếp nhận");
    }

    @Test
    void conflictsAndRefusalsAreKeptForTheOperator() {
        record("TN-1");
        record("TN-2");
        http.enqueue(409, "{\"error\":\"conflict\",\"message\":\"Phản ánh đã được cập nhật\"}");
        http.enqueue(422, "{\"error\":\"invalid\",\"message\":\"kind unknown\"}");

        startPusher();
        awaitUntil(() -> outbox.counts().equals(new OutboxCounts(0, 1, 1)));

        List<OutboxEntry> refused = outbox.needingAttention();
        assertThat(refused).extracting(OutboxEntry::state).containsExactly(OutboxState.CONFLICT, OutboxState.REJECTED);
        assertThat(refused.get(0).lastError()).contains("409").contains("Phản ánh đã được cập nhật");
        assertThat(refused.get(1).lastError()).contains("422").contains("kind unknown");
    }

    @Test
    void aPendingActionSurvivesARestartAndIsSentOnce() throws Exception {
        String key = record("TN-1");
        http.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"status\":\"applied\"}")
                .headersDelay(10, TimeUnit.SECONDS)
                .build());
        OutboxPusher first = startPusher();
        assertThat(http.take().getHeaders().get("Idempotency-Key")).isEqualTo(key);
        first.close();
        assertThat(outbox.counts().pending())
                .as("cancelled in flight: still pending")
                .isEqualTo(1);

        db.close();
        db = CacheDatabase.open(dir, "cache");
        outbox = new OutboxRepository(db);
        http.enqueue(applied());
        startPusher();
        awaitUntil(() -> outbox.counts().pending() == 0);

        assertThat(http.take().getHeaders().get("Idempotency-Key"))
                .as("the same key again")
                .isEqualTo(key);
        assertThat(outbox.pending()).isEmpty();
    }

    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
