package org.iocconsole.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.engine.EngineFixture.FAST;
import static org.iocconsole.sync.engine.EngineFixture.cameraPage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.SyncState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {
    @TempDir
    Path dir;

    private EngineFixture f;

    @BeforeEach
    void open() {
        f = new EngineFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private SyncEngine camerasEngine(SyncTiming timing) {
        return f.engine(timing, List.of(f.http.connectors.create(f.http.source(Contract.CAMERAS))));
    }

    @Test
    void readsEveryPageAndStoresTheLastCursor() throws Exception {
        f.http.enqueue(200, cameraPage("c1", true, "CAM-1", "CAM-2"));
        f.http.enqueue(200, cameraPage("c2", false, "CAM-3"));

        List<SyncProgress> outcome = camerasEngine(FAST).runOnce();

        assertThat(outcome).singleElement().extracting(SyncProgress::phase).isEqualTo(SyncPhase.SUCCEEDED);
        assertThat(outcome.get(0).done()).isEqualTo(3);
        assertThat(TestCaches.count(f.db, "camera")).isEqualTo(3);
        assertThat(f.state("cameras").cursor()).isEqualTo("c2");
        assertThat(f.http.take().getTarget()).doesNotContain("since=");
        assertThat(f.http.take().getTarget()).contains("since=c1");
        assertThat(f.listener.changes)
                .extracting(ChangeEvent::keys)
                .containsExactly(List.of("CAM-1", "CAM-2"), List.of("CAM-3"));
        assertThat(f.listener.phasesOf("cameras"))
                .startsWith(SyncPhase.CONNECTING)
                .endsWith(SyncPhase.SUCCEEDED);
    }

    @Test
    void nextRunResumesFromTheStoredCursor() {
        f.http.enqueue(200, cameraPage("c1", false, "CAM-1"));
        f.http.enqueue(200, cameraPage("c1", false));
        SyncEngine engine = camerasEngine(FAST);

        engine.runOnce();
        f.http.take();
        engine.runOnce();

        assertThat(f.http.take().getTarget()).contains("since=c1");
        assertThat(TestCaches.count(f.db, "camera")).isEqualTo(1);
    }

    @Test
    void retriesA503AfterTheWaitTheServerAsksFor() {
        f.http.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "1")
                .body("{\"error\":\"busy\",\"message\":\"bảo trì\"}")
                .build());
        f.http.enqueue(200, cameraPage("c1", false, "CAM-1"));

        long start = System.nanoTime();
        List<SyncProgress> outcome = camerasEngine(FAST).runOnce();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(outcome.get(0).phase()).isEqualTo(SyncPhase.SUCCEEDED);
        assertThat(tookMs).as("Retry-After: 1 was honoured").isGreaterThanOrEqualTo(950);
        assertThat(f.listener.phasesOf("cameras")).contains(SyncPhase.RETRYING);
        assertThat(f.state("cameras").lastError()).isNull();
    }

    @Test
    void aRetryAfterLongerThanTheEngineWaitsEndsTheRunAndHoldsTheSchedule() {
        f.http.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "3600")
                .build());
        SyncEngine engine = camerasEngine(FAST);

        List<SyncProgress> outcome = engine.runOnce();

        assertThat(outcome.get(0).phase()).isEqualTo(SyncPhase.FAILED);
        assertThat(f.http.server.getRequestCount()).isEqualTo(1);
        SyncState state = f.state("cameras");
        assertThat(state.lastError()).contains("503");
        assertThat(state.consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void aTruncatedBodyIsRetriedThenRecordedWithoutTouchingTheCache() {
        f.http.enqueue(200, cameraPage("c1", false, "CAM-1"));
        SyncEngine engine = camerasEngine(FAST);
        engine.runOnce();
        for (int i = 0; i < FAST.attempts(); i++) {
            f.http.enqueue(new MockResponse.Builder()
                    .code(200)
                    .body(cameraPage("c9", false, "CAM-8", "CAM-9").substring(0, 120))
                    .onResponseEnd(new SocketEffect.CloseSocket(true, true, true))
                    .build());
        }

        List<SyncProgress> outcome = engine.runOnce();

        assertThat(outcome.get(0).phase()).isEqualTo(SyncPhase.FAILED);
        assertThat(f.http.server.getRequestCount()).isEqualTo(1 + FAST.attempts());
        assertThat(TestCaches.strings(f.db, "SELECT camera_id FROM camera")).containsExactly("CAM-1");
        assertThat(f.state("cameras").cursor()).isEqualTo("c1");
        assertThat(f.state("cameras").lastError()).isNotBlank();
    }

    @Test
    void aMalformedAnswerFailsAtOnceWithAMessageNamingTheField() {
        f.http.enqueue(
                200,
                "{\"items\":[{\"id\":\"CAM-1\",\"name\":\"X\",\"lat\":21.5,\"stream_kind\":\"mjpeg\","
                        + "\"status\":\"online\",\"updated_at\":\"yesterday\"}],\"next_cursor\":\"c1\","
                        + "\"has_more\":false}");

        List<SyncProgress> outcome = camerasEngine(FAST).runOnce();

        assertThat(outcome.get(0).phase()).isEqualTo(SyncPhase.FAILED);
        assertThat(outcome.get(0).message()).contains("updated_at");
        assertThat(f.http.server.getRequestCount()).as("not worth retrying").isEqualTo(1);
        assertThat(TestCaches.count(f.db, "camera")).isZero();
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndStopsCallingTheSource() {
        SyncTiming breakEarly = new SyncTiming(
                2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1), 4, Duration.ofMinutes(5));
        for (int i = 0; i < 4; i++) {
            f.http.enqueue(500, "{\"error\":\"boom\",\"message\":\"lỗi máy chủ\"}");
        }
        SyncEngine engine = camerasEngine(breakEarly);

        engine.runOnce();
        engine.runOnce();
        List<SyncProgress> third = engine.runOnce();

        assertThat(third.get(0).phase()).isEqualTo(SyncPhase.CIRCUIT_OPEN);
        assertThat(f.http.server.getRequestCount()).isEqualTo(4);
        assertThat(f.state("cameras").consecutiveFailures()).isEqualTo(3);

        f.http.clock.advance(Duration.ofMinutes(6));
        f.http.enqueue(200, cameraPage("c1", false, "CAM-1"));
        assertThat(engine.runOnce().get(0).phase())
                .as("half-open after the pause")
                .isEqualTo(SyncPhase.SUCCEEDED);
    }

    @Test
    void cancelStopsARequestInFlightAndKeepsCommittedPages() throws Exception {
        f.http.enqueue(200, cameraPage("c1", true, "CAM-1"));
        f.http.enqueue(new MockResponse.Builder()
                .code(200)
                .body(cameraPage("c2", false, "CAM-2"))
                .headersDelay(20, TimeUnit.SECONDS)
                .build());
        SyncEngine engine = camerasEngine(FAST);

        engine.syncNow("cameras");
        f.http.take();
        RecordedRequest second = f.http.take();
        assertThat(second.getTarget()).contains("since=c1");
        long start = System.nanoTime();
        engine.cancel("cameras");
        awaitPhase("cameras", SyncPhase.CANCELLED);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5000);
        assertThat(f.listener.phasesOf("cameras")).doesNotContain(SyncPhase.FAILED, SyncPhase.SUCCEEDED);
        assertThat(TestCaches.count(f.db, "camera")).isEqualTo(1);
        assertThat(f.state("cameras").cursor()).isEqualTo("c1");
    }

    @Test
    void cancelCutsARetryWaitShort() throws Exception {
        f.http.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "30")
                .build());
        SyncTiming patient = new SyncTiming(
                3, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMinutes(1), 10, Duration.ofMinutes(5));
        SyncEngine engine = camerasEngine(patient);

        engine.syncNow("cameras");
        f.http.take();
        awaitPhase("cameras", SyncPhase.RETRYING);
        long start = System.nanoTime();
        engine.cancel("cameras");
        awaitPhase("cameras", SyncPhase.CANCELLED);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5000);
        assertThat(f.http.server.getRequestCount())
                .as("no retry after the cancel")
                .isEqualTo(1);
    }

    @Test
    void aStalledSourceDoesNotHoldBackAnother() throws Exception {
        SourceConfig stalled = SourceConfig.of("stalled", Contract.FACILITIES, f.http.url("/stalled/"))
                .withTimeout(Duration.ofSeconds(30));
        f.http.server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getTarget().startsWith("/stalled/")) {
                    return new MockResponse.Builder()
                            .code(200)
                            .body("{}")
                            .headersDelay(20, TimeUnit.SECONDS)
                            .build();
                }
                return new MockResponse.Builder()
                        .code(200)
                        .body(cameraPage("c1", false, "CAM-1"))
                        .build();
            }
        });
        SyncEngine engine = f.engine(
                FAST,
                List.of(f.http.connectors.create(stalled), f.http.connectors.create(f.http.source(Contract.CAMERAS))));

        engine.syncNow("stalled");
        engine.syncNow("cameras");
        awaitPhase("cameras", SyncPhase.SUCCEEDED);

        assertThat(TestCaches.count(f.db, "camera")).isEqualTo(1);
        assertThat(f.listener.phasesOf("stalled")).doesNotContain(SyncPhase.SUCCEEDED);
        engine.cancel("stalled");
    }

    private void awaitPhase(String sourceId, SyncPhase phase) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!f.listener.phasesOf(sourceId).contains(phase)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(sourceId + " never reached " + phase + ": " + f.listener.phasesOf(sourceId));
            }
            Thread.sleep(5);
        }
    }
}
