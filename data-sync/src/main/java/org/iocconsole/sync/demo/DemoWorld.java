package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Everything the demo province serves. Each part (a feed, the reports) is generated from the seed and the clock's
 * anchor on a background pool, independently of the others, and moves on its own as virtual time passes; a request
 * waits only for the part it needs. Thread-safe.
 */
final class DemoWorld {
    /** The feeds of {@code docs/api}, in the order the docs list them. */
    static final List<String> FEEDS = List.of(
            "admin-units",
            "admin-unit-changes",
            "indicators",
            "observations",
            "dossier-stats",
            "document-stats",
            "cameras",
            "facilities",
            "notices");

    /** What every part is built on: the province's units and its vocabulary. */
    record Basics(
            UnitCatalog catalog,
            List<UnitChangeRow> changes,
            ProvinceGeography geography,
            ProvinceProfile profile,
            ReportTexts texts) {}

    final long seed;
    final Instant anchor;
    final VirtualClock clock;
    final ObjectMapper mapper = Json.newMapper();
    private final CompletableFuture<Basics> basics;
    private final CompletableFuture<ReportDesk> reports;
    private final CompletableFuture<CameraRegistry> cameras;
    private final Map<String, CompletableFuture<? extends LiveFeed>> feeds = new LinkedHashMap<>();
    private final CompletableFuture<Void> ready;

    /** The scenario played on this world, or null. */
    final ScenarioScript script;

    DemoWorld(DemoOptions options, VirtualClock clock, Executor pool) {
        this(options, clock, pool, null);
    }

    /** A world that also plays {@code script} (null for none) from the scenario's start on. */
    DemoWorld(DemoOptions options, VirtualClock clock, Executor pool, ScenarioScript script) {
        this.script = script;
        // Each province gets its own streams, so two provinces with the same seed do not mirror each other.
        this.seed =
                DemoRandom.of(options.seed(), "province", options.province()).nextLong();
        this.clock = clock;
        // A scenario's province starts at the scenario's start, whatever the clock showed before.
        this.anchor = (script != null ? script.scenario.start() : clock.anchor()).truncatedTo(ChronoUnit.SECONDS);
        CompletableFuture<List<UnitChangeRow>> changes = CompletableFuture.supplyAsync(VnResources::unitChanges, pool);
        basics = CompletableFuture.supplyAsync(() -> new UnitCatalog(VnResources.units()), pool)
                .thenCombine(changes, (catalog, rows) -> {
                    ProvinceGeography geography = ProvinceGeography.load(options.province(), catalog, rows, mapper);
                    return new Basics(catalog, rows, geography, ProvinceProfile.load(geography), new ReportTexts());
                });
        reports = basics.thenApplyAsync(
                b -> {
                    ReportDesk desk = new ReportDesk(seed, anchor, b.geography(), b.profile(), b.texts());
                    if (script != null) {
                        script.install(desk);
                    }
                    return desk;
                },
                pool);
        cameras = basics.thenApplyAsync(
                b -> {
                    CameraRegistry registry = new CameraRegistry(
                            mapper, new CameraGenerator(seed, b.geography(), b.profile()).generate(), anchor, seed);
                    if (script != null) {
                        script.install(registry);
                    }
                    return registry;
                },
                pool);
        AdminUnitFeeds units = new AdminUnitFeeds(mapper);
        feeds.put(
                "admin-units",
                basics.thenApplyAsync(b -> LiveFeed.fixed(units.units(b.catalog(), b.geography())), pool));
        feeds.put(
                "admin-unit-changes",
                basics.thenApplyAsync(b -> LiveFeed.fixed(units.changes(b.changes(), b.geography())), pool));
        feeds.put(
                "indicators",
                CompletableFuture.supplyAsync(() -> LiveFeed.fixed(new IndicatorCatalog().feed(mapper)), pool));
        CompletableFuture<ReportingUnits> reportingUnits = basics.thenApply(b -> new ReportingUnits(b.geography()));
        feeds.put(
                "observations",
                reportingUnits.thenApplyAsync(
                        u -> {
                            ObservationRows rows = new ObservationRows(seed, mapper, new IndicatorCatalog(), u);
                            RevisedFeed feed = new RevisedFeed(rows::forMonth, ObservationRows.FIRST_MONTH, anchor);
                            if (script != null) {
                                script.install(feed, mapper, options.province());
                            }
                            return feed;
                        },
                        pool));
        feeds.put(
                "dossier-stats",
                reportingUnits.thenApplyAsync(
                        u -> new RevisedFeed(new StatsRows(seed, mapper, u)::dossiers, StatsRows.FIRST_MONTH, anchor),
                        pool));
        feeds.put(
                "document-stats",
                reportingUnits.thenApplyAsync(
                        u -> new RevisedFeed(new StatsRows(seed, mapper, u)::documents, StatsRows.FIRST_MONTH, anchor),
                        pool));
        feeds.put("cameras", cameras);
        feeds.put(
                "facilities",
                basics.thenApplyAsync(
                        b -> LiveFeed.fixed(new FacilityGenerator(
                                        seed, mapper, b.geography(), b.profile(), b.texts().hamlets, anchor)
                                .generate()),
                        pool));
        // A province without a scenario has nothing to tell its operators beyond its data.
        feeds.put(
                "notices",
                CompletableFuture.completedFuture(script != null ? script.board : LiveFeed.fixed(new FeedStore())));
        List<CompletableFuture<?>> parts = new ArrayList<>(feeds.values());
        parts.add(reports);
        ready = CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new));
    }

    /** The current virtual time, whole seconds. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    Basics basics() {
        return basics.join();
    }

    /** The reports, waiting until they are generated. */
    ReportDesk reports() {
        return reports.join();
    }

    /** Runs {@code reader} on the reports brought up to the current virtual time. */
    <T> T readReports(Function<ReportDesk, T> reader) {
        ReportDesk desk = reports();
        return desk.read(clock.instant(), () -> reader.apply(desk));
    }

    CameraRegistry cameras() {
        return cameras.join();
    }

    /** A feed brought up to the current virtual time, or null when there is no such feed. */
    LiveFeed feed(String name) {
        CompletableFuture<? extends LiveFeed> feed = feeds.get(name);
        if (feed == null) {
            return null;
        }
        LiveFeed live = feed.join();
        live.catchUp(clock.instant());
        return live;
    }

    /** Completes when every part is generated. */
    CompletableFuture<Void> ready() {
        return ready;
    }

    /** Item counts per feed and of reports, for logs and tests; waits until everything is generated. */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : FEEDS) {
            counts.put(name, feed(name).store().size());
        }
        counts.put("reports", readReports(desk -> desk.store.size()));
        return counts;
    }
}
