package org.iocconsole.sync.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.demo.Fault;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.model.SyncState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against the demo province over real HTTP, into real cache files. */
class DemoSyncTest {
    private static DemoProvince demo;

    @TempDir
    Path dir;

    @BeforeAll
    static void startDemo() {
        demo = DemoAgents.demo().awaitReady();
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @Test
    void aFirstSyncCopiesEveryFeedWholeAndASecondFindsNothingNew() {
        Map<String, Integer> expected = demo.itemCounts();
        try (SyncAgent agent = DemoAgents.open(dir, demo, DemoAgents.sources(demo))) {
            List<SyncProgress> first = agent.engine().runOnce();
            assertThat(first).hasSize(DemoAgents.ids().size()).allSatisfy(p -> assertThat(p.phase())
                    .as(p.sourceId() + ": " + p.message())
                    .isEqualTo(SyncPhase.SUCCEEDED));
            for (String id : DemoAgents.ids()) {
                assertThat(TestCaches.count(agent.cache(), DemoAgents.TABLES.get(id)))
                        .as(id)
                        .isEqualTo(expected.get(DemoAgents.COUNT_KEYS.get(id)).longValue());
            }
            List<SyncState> states = new SyncStateRepository(agent.cache()).all();
            assertThat(states).hasSize(DemoAgents.ids().size()).allSatisfy(s -> {
                assertThat(s.lastSuccessAt()).isNotNull();
                // a province playing no scenario has no notices, so that feed gives no cursor yet
                if (!s.sourceId().equals("notices")) {
                    assertThat(s.cursor()).as(s.sourceId()).isNotNull();
                }
            });

            List<SyncProgress> second = agent.engine().runOnce();
            assertThat(second).allSatisfy(p -> {
                assertThat(p.phase()).isEqualTo(SyncPhase.SUCCEEDED);
                assertThat(p.done()).as(p.sourceId() + " wrote rows").isZero();
            });
        }
    }

    @Test
    void changesOfTheProvinceArriveIncrementally() {
        try (SyncAgent agent = DemoAgents.open(dir, demo, DemoAgents.sources(demo, "reports", "cameras"))) {
            agent.engine().runOnce();
            long before = TestCaches.count(agent.cache(), "citizen_report");

            demo.clock().advance(Duration.ofHours(8));
            List<SyncProgress> later = agent.engine().runOnce();

            SyncProgress reports = later.stream()
                    .filter(p -> p.sourceId().equals("reports"))
                    .findFirst()
                    .orElseThrow();
            assertThat(reports.phase()).isEqualTo(SyncPhase.SUCCEEDED);
            assertThat(reports.done()).as("only what changed").isPositive().isLessThan(before / 10);
            assertThat(TestCaches.count(agent.cache(), "citizen_report"))
                    .isEqualTo(demo.itemCounts().get("reports").longValue())
                    .isGreaterThan(before);
        }
    }

    @Test
    void aBusySourceIsRetriedAfterTheWaitItAsksFor() {
        demo.faults().next("/api/v1/facilities", Fault.unavailable(Duration.ofSeconds(1)));
        List<SyncProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SyncAgent agent = DemoAgents.open(dir, demo, DemoAgents.sources(demo, "facilities"), seen::add, e -> {})) {
            List<SyncProgress> outcome = agent.engine().runOnce();

            assertThat(outcome.get(0).phase()).isEqualTo(SyncPhase.SUCCEEDED);
            assertThat(seen).extracting(SyncProgress::phase).contains(SyncPhase.RETRYING);
            assertThat(TestCaches.count(agent.cache(), "facility"))
                    .isEqualTo(demo.itemCounts().get("facilities").longValue());
        }
    }

    @Test
    void aBrokenPageLeavesTheCacheAsItWasAndOtherSourcesCarryOn() {
        try (SyncAgent agent = DemoAgents.open(dir, demo, DemoAgents.sources(demo, "cameras", "indicators"))) {
            agent.engine().runOnce();
            demo.clock().advance(Duration.ofDays(3));
            for (int i = 0; i < DemoAgents.FAST.attempts(); i++) {
                demo.faults().next("/api/v1/cameras", Fault.truncateAfter(200));
            }
            SyncState before =
                    new SyncStateRepository(agent.cache()).find("cameras").orElseThrow();
            List<String> statusesBefore =
                    TestCaches.strings(agent.cache(), "SELECT status FROM camera ORDER BY camera_id");

            List<SyncProgress> outcome = agent.engine().runOnce();

            assertThat(outcome)
                    .filteredOn(p -> p.sourceId().equals("cameras"))
                    .singleElement()
                    .extracting(SyncProgress::phase)
                    .isEqualTo(SyncPhase.FAILED);
            assertThat(outcome)
                    .filteredOn(p -> p.sourceId().equals("indicators"))
                    .singleElement()
                    .extracting(SyncProgress::phase)
                    .isEqualTo(SyncPhase.SUCCEEDED);
            SyncState after =
                    new SyncStateRepository(agent.cache()).find("cameras").orElseThrow();
            assertThat(after.cursor()).isEqualTo(before.cursor());
            assertThat(after.lastError()).isNotBlank();
            assertThat(TestCaches.strings(agent.cache(), "SELECT status FROM camera ORDER BY camera_id"))
                    .isEqualTo(statusesBefore);
        }
    }
}
