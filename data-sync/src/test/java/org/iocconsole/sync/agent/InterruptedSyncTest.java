package org.iocconsole.sync.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.outbox.OperatorAction;
import org.iocconsole.sync.outbox.OutboxPusher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The province's server dies in the middle of a sync and comes back: nothing is lost, nothing doubled. */
class InterruptedSyncTest {
    private static final String ACTOR = "kiemthu01";

    @TempDir
    Path dir;

    @Test
    void aServerKilledMidSyncLosesNothingAndDoublesNothingOnceItIsBack() throws Exception {
        DemoProvince first = DemoAgents.demo().awaitReady();
        int port = first.port();
        List<String> targets = OpenReports.ids(first, 3);
        List<SyncProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SyncAgent agent = DemoAgents.open(dir, first, DemoAgents.sources(first, "reports"), seen::add, e -> {})) {
            SyncStateRepository states = new SyncStateRepository(agent.cache());
            agent.engine().syncNow("reports");
            awaitUntil(() -> states.find("reports").map(s -> s.cursor() != null).orElse(false));
            first.close();
            awaitUntil(() -> seen.stream().anyMatch(p -> p.phase() == SyncPhase.FAILED));
            long partial = TestCaches.count(agent.cache(), "citizen_report");
            assertThat(partial)
                    .as("some pages were committed before the server died")
                    .isPositive();

            for (String target : targets) {
                agent.actions()
                        .record(
                                new OperatorAction(
                                        "report.set_priority",
                                        target,
                                        Map.of("priority", "urgent", "note", "Ưu tiên xử lý ngay"),
                                        ACTOR,
                                        Instant.now(),
                                        null),
                                tx -> {});
            }
            OutboxPusher pusher = agent.pusher().orElseThrow();
            pusher.start();
            awaitUntil(() -> agent.outbox().head().map(a -> a.attempts() > 0).orElse(false));
            assertThat(agent.outbox().counts().pending())
                    .as("kept while the server is down")
                    .isEqualTo(3);

            try (DemoProvince second = DemoAgents.restarted(port)) {
                pusher.nudge();
                awaitUntil(() -> agent.outbox().counts().pending() == 0);
                List<SyncProgress> resumed = agent.engine().runOnce();

                assertThat(resumed.get(0).phase()).isEqualTo(SyncPhase.SUCCEEDED);
                assertThat(TestCaches.count(agent.cache(), "citizen_report"))
                        .isEqualTo(second.itemCounts().get("reports").longValue());
                assertThat(agent.outbox().counts().conflicts()).isZero();
                for (String target : targets) {
                    assertThat(OpenReports.stepsBy(agent.cache(), target, ACTOR))
                            .as("applied exactly once: " + target)
                            .isEqualTo(1);
                }
                assertThat(agent.engine().runOnce().get(0).done())
                        .as("cursor at the end")
                        .isZero();
            }
        }
    }

    static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(10);
        }
    }
}
