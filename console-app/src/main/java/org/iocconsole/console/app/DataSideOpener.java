package org.iocconsole.console.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.iocconsole.console.cameras.stream.StreamCredentials;
import org.iocconsole.sync.agent.DemoSources;
import org.iocconsole.sync.agent.SyncAgent;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.SourcesConfig;
import org.iocconsole.sync.config.SourcesConfigLoader;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.engine.SyncProgressListener;
import org.iocconsole.sync.engine.SyncTiming;
import org.iocconsole.sync.reports.SlaPolicy;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the data side from the options: the live sources of the sources file, or the demo province when there is no
 * such file or {@code --demo} is given. A demo uses its own cache file, so it never mixes with live data. Blocking;
 * runs off the FX thread.
 */
final class DataSideOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DataSideOpener.class);
    static final String LIVE_CACHE = "live";
    static final String DEMO_CACHE = "demo";
    static final String SLA_FILE = "sla.yaml";

    private DataSideOpener() {}

    /**
     * The deadlines of {@code sla.yaml} beside the sources file, or the defaults without one.
     *
     * @throws IllegalArgumentException naming the file and the key when the file is wrong
     */
    static SlaPolicy slaPolicy(ConsoleOptions options) {
        Path file = options.sourcesFile().resolveSibling(SLA_FILE);
        if (!Files.exists(file)) {
            return SlaPolicy.defaults();
        }
        try {
            return SlaPolicy.load(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The cache file holding the session's users: the plain demo's or the live one. */
    static String cacheName(boolean demo) {
        return demo ? DEMO_CACHE : LIVE_CACHE;
    }

    /** The cache file of a session: a drill's own, the plain demo's, or the live one; a drill never gets the live one. */
    static String cacheName(DemoProvince demo, Scenario scenario) {
        if (scenario != null) {
            return ScenarioCache.nameFor(scenario);
        }
        return demo != null ? DEMO_CACHE : LIVE_CACHE;
    }

    /** Whether these options make a demo session. */
    static boolean isDemo(ConsoleOptions options) {
        return options.demo() || !Files.exists(options.sourcesFile());
    }

    /**
     * @throws ConfigException when the sources file or the scenario is wrong (the message names the file, line and
     *     field)
     * @throws org.iocconsole.sync.cache.CacheException when the cache cannot be opened
     */
    static DataSide open(
            ConsoleOptions options,
            OpeningProgress progress,
            SyncProgressListener progressListener,
            ChangeListener changes)
            throws ConfigException {
        return open(options, progress, progressListener, changes, null);
    }

    /**
     * Like {@link #open(ConsoleOptions, OpeningProgress, SyncProgressListener, ChangeListener)} over a cache the login
     * already opened (null: open it here); the data side then owns it.
     */
    static DataSide open(
            ConsoleOptions options,
            OpeningProgress progress,
            SyncProgressListener progressListener,
            ChangeListener changes,
            CacheDatabase cache)
            throws ConfigException {
        DemoProvince demo = null;
        Scenario scenario = null;
        SourcesConfig sources;
        if (options.scenario() != null) {
            progress.report(0.1);
            // Read and checked before anything starts: a wrong file names its line and field, and nothing is opened.
            scenario = ScenarioArgument.load(options.scenario());
            demo = DemoProvince.play(scenario, DemoOptions.defaults());
            LOG.info("Scenario {} playing at {}", scenario.id(), demo.baseUrl());
            sources = DemoSources.of(demo.apiUrl(), demo.open311Url());
        } else if (isDemo(options)) {
            progress.report(0.1);
            demo = DemoProvince.start(DemoOptions.defaults().withProvince(options.demoProvince()));
            LOG.info("Demo province {} serving at {}", options.demoProvince(), demo.baseUrl());
            sources = DemoSources.of(demo.apiUrl(), demo.open311Url());
        } else {
            sources = SourcesConfigLoader.load(options.sourcesFile());
        }
        progress.report(0.5);
        SlaPolicy sla = slaPolicy(options);
        Clock clock = demo != null ? demo.clock() : Clock.systemUTC();
        String cacheName = cacheName(demo, scenario);
        try {
            SyncAgent.Settings settings = new SyncAgent.Settings(
                    sources,
                    options.cacheDir(),
                    cacheName,
                    // A demo runs on its province's virtual clock, so "as of" and deadlines follow the drill's time.
                    clock,
                    SyncTiming.defaults(),
                    TokenResolver.fromSystemEnvironment(),
                    ConsoleCommand.version(),
                    progressListener,
                    changes,
                    counts -> {});
            // A drill always reads into its own cache file, whichever cache the login opened for the session's users.
            SyncAgent agent =
                    cache == null || scenario != null ? SyncAgent.open(settings) : SyncAgent.over(settings, cache);
            progress.report(1.0);
            return new DataSide(
                    agent,
                    demo,
                    clock,
                    sla,
                    options.cacheDir().resolve("media-" + cacheName),
                    new StreamCredentials(sources.sources(), TokenResolver.fromSystemEnvironment()));
        } catch (RuntimeException e) {
            if (demo != null) {
                demo.close();
            }
            throw e;
        }
    }
}
