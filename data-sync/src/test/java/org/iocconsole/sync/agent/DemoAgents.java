package org.iocconsole.sync.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iocconsole.sync.config.SourcesConfig;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.demo.VirtualClock;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgressListener;
import org.iocconsole.sync.engine.SyncTiming;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioCache;

/** A demo province on a manual clock and sync agents that read it into real cache files. */
final class DemoAgents {
    static final Instant ANCHOR = Instant.parse("2026-11-20T02:00:00Z");
    static final SyncTiming FAST = new SyncTiming(
            3, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5), 20, Duration.ofMinutes(1));

    private DemoAgents() {}

    static DemoProvince demo() {
        return DemoProvince.start(DemoOptions.defaults().withClock(VirtualClock.manual(ANCHOR)));
    }

    /** The same province again on the same port, as after a restart of the server. */
    static DemoProvince restarted(int port) {
        return DemoProvince.start(
                DemoOptions.defaults().withClock(VirtualClock.manual(ANCHOR)).withPort(port));
    }

    /** The demo's sources, limited to those named (all when none is). */
    static SourcesConfig sources(DemoProvince demo, String... ids) {
        SourcesConfig all = DemoSources.of(demo.apiUrl(), demo.open311Url());
        if (ids.length == 0) {
            return all;
        }
        Set<String> wanted = Set.of(ids);
        return new SourcesConfig(
                all.version(),
                all.sources().stream().filter(s -> wanted.contains(s.id())).toList(),
                all.outbox());
    }

    /** An agent on the demo's clock, as the console runs one in a demo. */
    static SyncAgent open(
            Path cacheDir,
            DemoProvince demo,
            SourcesConfig sources,
            SyncProgressListener progress,
            ChangeListener changes) {
        return SyncAgent.open(new SyncAgent.Settings(
                sources,
                cacheDir,
                "live",
                demo.clock(),
                FAST,
                new TokenResolver(Map.of()),
                "test",
                progress,
                changes,
                counts -> {}));
    }

    static SyncAgent open(Path cacheDir, DemoProvince demo, SourcesConfig sources) {
        return open(cacheDir, demo, sources, p -> {}, e -> {});
    }

    /** An agent of a drill: into the scenario's own cache, from the demo's sources named (all when none is). */
    static SyncAgent drill(Path cacheDir, DemoProvince demo, Scenario scenario, String... sourceIds) {
        return SyncAgent.open(new SyncAgent.Settings(
                sources(demo, sourceIds),
                cacheDir,
                ScenarioCache.nameFor(scenario),
                demo.clock(),
                FAST,
                new TokenResolver(Map.of()),
                "test",
                p -> {},
                e -> {},
                counts -> {}));
    }

    /** One run of every source of the agent, each of which must succeed. */
    static void syncAll(SyncAgent agent) {
        assertThat(agent.engine().runOnce()).allSatisfy(p -> assertThat(p.phase())
                .as(p.sourceId() + ": " + p.message())
                .isEqualTo(SyncPhase.SUCCEEDED));
    }

    /** Feed names of the demo's item counts by source id. */
    static final Map<String, String> COUNT_KEYS = Map.of(
            "reports", "reports",
            "cameras", "cameras",
            "indicators", "indicators",
            "observations", "observations",
            "dossier-stats", "dossier-stats",
            "document-stats", "document-stats",
            "facilities", "facilities",
            "admin-units", "admin-units",
            "unit-changes", "admin-unit-changes",
            "notices", "notices");

    /** Cache tables by source id. */
    static final Map<String, String> TABLES = Map.of(
            "reports", "citizen_report",
            "cameras", "camera",
            "indicators", "indicator",
            "observations", "observation",
            "dossier-stats", "dossier_stat",
            "document-stats", "document_stat",
            "facilities", "facility",
            "admin-units", "admin_unit",
            "unit-changes", "unit_change",
            "notices", "notice");

    static List<String> ids() {
        return List.copyOf(TABLES.keySet());
    }
}
