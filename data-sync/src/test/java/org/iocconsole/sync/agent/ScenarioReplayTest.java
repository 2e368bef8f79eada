package org.iocconsole.sync.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.NoticeQueries;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.demo.ScenarioPlayer;
import org.iocconsole.sync.scenario.BuiltInScenarios;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario synced into real cache files: the same drill gives the same cache, whatever way the trainer got there. */
class ScenarioReplayTest {
    private static final Duration AT = Duration.ofHours(3);
    /** What the scenarios change; the monthly statistics are left out to keep the test quick. */
    private static final String[] SOURCES = {"reports", "cameras", "notices"};

    private static final Pattern LOOPBACK = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");

    @TempDir
    Path dir;

    @Test
    void aSeekBackOrAResetGivesTheCacheOfAStraightRunOnAnotherProvince() throws ConfigException {
        Scenario scenario = BuiltInScenarios.load("tai-nan-ql3");
        String straight;
        String straightReset;
        try (DemoProvince fresh = DemoProvince.play(scenario, DemoOptions.defaults());
                SyncAgent agent = open(fresh, dir.resolve("straight"), scenario)) {
            fresh.scenario().orElseThrow().seek(AT);
            DemoAgents.syncAll(agent);
            assertThat(new NoticeQueries(agent.cache()).latestAlertsAndMessages(10))
                    .as("the drill's alerts and messages are in its cache, so the hash covers them")
                    .isNotEmpty();
            assertThat(new AlertStore(agent.cache()).active())
                    .as("and so are the alerts they raised")
                    .isNotEmpty();
            straight = hash(agent.cache());
            fresh.scenario().orElseThrow().reset();
            ScenarioCache.clearSynced(agent.cache());
            DemoAgents.syncAll(agent);
            straightReset = hash(agent.cache());
        }
        try (DemoProvince demo = DemoProvince.play(scenario, DemoOptions.defaults());
                SyncAgent agent = open(demo, dir.resolve("drill"), scenario)) {
            ScenarioPlayer player = demo.scenario().orElseThrow();
            player.seek(Duration.ofHours(5));
            DemoAgents.syncAll(agent);
            assertThat(hash(agent.cache())).as("later in the drill").isNotEqualTo(straight);

            long generation = player.status().generation();
            player.seek(AT);
            assertThat(player.status().generation()).isGreaterThan(generation);
            ScenarioCache.clearSynced(agent.cache());
            DemoAgents.syncAll(agent);
            assertThat(hash(agent.cache())).as("after a seek back").isEqualTo(straight);

            player.reset();
            ScenarioCache.clearSynced(agent.cache());
            DemoAgents.syncAll(agent);
            assertThat(hash(agent.cache())).as("after a reset").isEqualTo(straightReset);
        }
        assertThat(straightReset).isNotEqualTo(straight);
    }

    @Test
    void aScenarioSessionNeverTouchesTheLiveCache() throws ConfigException {
        Path caches = dir.resolve("caches");
        String live;
        Path liveFile;
        try (DemoProvince plain = DemoAgents.demo();
                SyncAgent agent = DemoAgents.open(caches, plain, DemoAgents.sources(plain, "cameras"))) {
            DemoAgents.syncAll(agent);
            live = hash(agent.cache());
            liveFile = agent.cache().file();
        }
        Scenario scenario = BuiltInScenarios.load("dich-benh");
        try (DemoProvince demo = DemoProvince.play(scenario, DemoOptions.defaults());
                SyncAgent agent = open(demo, caches, scenario, "cameras")) {
            demo.scenario().orElseThrow().seek(Duration.ofHours(30));
            DemoAgents.syncAll(agent);
            assertThat(agent.cache().file()).isNotEqualTo(liveFile);
            assertThat(agent.cache().file().getFileName().toString()).startsWith("scenario-dich-benh");
            ScenarioCache.clearSynced(agent.cache());
        }
        try (CacheDatabase reopened = CacheDatabase.open(caches, "live")) {
            assertThat(reopened.file()).isEqualTo(liveFile);
            assertThat(hash(reopened)).isEqualTo(live);
        }
    }

    private static SyncAgent open(DemoProvince demo, Path cacheDir, Scenario scenario) {
        return open(demo, cacheDir, scenario, SOURCES);
    }

    private static SyncAgent open(DemoProvince demo, Path cacheDir, Scenario scenario, String... sources) {
        return DemoAgents.drill(cacheDir, demo, scenario, sources);
    }

    /**
     * SHA-256 over every row of the synced tables and the alerts of the notices, in a stable order. Stream URLs are resolved against the server, so
     * its loopback port (new for every province) is left out.
     */
    static String hash(CacheDatabase cache) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> queries = new ArrayList<>(DemoAgents.TABLES.values().stream()
                    .sorted()
                    .map(table -> "SELECT * FROM " + table)
                    .toList());
            // The alerts the drill's notices raised are part of what it synced.
            queries.add("SELECT * FROM alert WHERE kind = 'notice'");
            for (String query : queries) {
                String table = query.split(" ")[3];
                List<String> rows = new ArrayList<>(cache.jdbi().withHandle(h -> h.createQuery(query)
                        .mapToMap()
                        .map(row ->
                                table + " " + LOOPBACK.matcher(row.toString()).replaceAll("/"))
                        .list()));
                rows.sort(null);
                rows.forEach(r -> digest.update(r.getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
