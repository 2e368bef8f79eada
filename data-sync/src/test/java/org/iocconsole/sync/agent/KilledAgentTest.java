package org.iocconsole.sync.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.demo.Fault;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OperatorAction;
import org.iocconsole.sync.outbox.OutboxRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync agent's process is killed (SIGKILL) in the middle of a sync and while an action is in flight, then started
 * again: the cache is consistent, nothing is doubled and every action reaches the province exactly once.
 */
class KilledAgentTest {
    private static final String ACTOR = "kiemthu02";
    // Long enough for a first page of reports (with its word index) to commit on a busy machine before the kill.
    private static final Duration STALL = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private DemoProvince demo;
    private Process agent;

    @BeforeEach
    void startDemo() {
        demo = DemoAgents.demo().awaitReady();
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.destroyForcibly();
        }
        demo.close();
    }

    @Test
    void aKilledAgentResumesWhereItsLastCommitLeftIt() throws Exception {
        Path sources = writeSources();
        Path cacheDir = dir.resolve("cache");
        List<String> targets = OpenReports.ids(demo, 3);
        recordActions(cacheDir, targets);
        demo.faults().next("/api/v1/actions", Fault.stall(STALL));

        agent = start(sources, cacheDir, false);
        CompletableFuture<Boolean> committed = watchFor(agent, KilledAgentTest::reportsCommitted);
        assertThat(committed.get(60, TimeUnit.SECONDS))
                .as("the agent committed pages of reports")
                .isTrue();
        agent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        Thread.sleep(STALL.toMillis() + 500); // the stalled action is answered to a process that is gone
        try (CacheDatabase cache = CacheDatabase.open(cacheDir, "live")) {
            assertThat(TestCaches.count(cache, "citizen_report"))
                    .as("killed in the middle of the reports")
                    .isPositive()
                    .isLessThan(demo.itemCounts().get("reports"));
            assertThat(new OutboxRepository(cache).counts().pending())
                    .as("the action in flight was never confirmed")
                    .isEqualTo(3);
        }

        agent = start(sources, cacheDir, true);
        watchFor(agent, line -> false);
        assertThat(agent.waitFor(120, TimeUnit.SECONDS))
                .as("second run finished")
                .isTrue();
        assertThat(agent.exitValue()).isZero();

        try (CacheDatabase cache = CacheDatabase.open(cacheDir, "live")) {
            assertThat(TestCaches.count(cache, "citizen_report"))
                    .isEqualTo(demo.itemCounts().get("reports").longValue());
            assertThat(TestCaches.count(cache, "camera"))
                    .isEqualTo(demo.itemCounts().get("cameras").longValue());
            assertThat(new OutboxRepository(cache).counts().pending()).isZero();
            for (String target : targets) {
                assertThat(OpenReports.stepsBy(cache, target, ACTOR))
                        .as("applied exactly once: " + target)
                        .isEqualTo(1);
            }
        }
        try (SyncAgent again = DemoAgents.open(cacheDir, demo, DemoAgents.sources(demo, "reports", "cameras"))) {
            assertThat(again.engine().runOnce())
                    .allSatisfy(p -> assertThat(p.done()).isZero());
        }
    }

    private Path writeSources() throws IOException {
        Path file = dir.resolve("sources.yaml");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "version: 1",
                        "sources:",
                        "  - id: reports",
                        "    contract: open311",
                        "    url: " + demo.open311Url(),
                        "    page-size: 100",
                        "    open311:",
                        "      paging: updated-after",
                        // The agent runs on this machine's clock, the demo on its anchor two days earlier.
                        "      history-days: 400",
                        "  - id: cameras",
                        "    contract: cameras",
                        "    url: " + demo.apiUrl(),
                        "outbox:",
                        "  url: " + demo.apiUrl(),
                        ""));
        return file;
    }

    private static void recordActions(Path cacheDir, List<String> targets) {
        try (CacheDatabase cache = CacheDatabase.open(cacheDir, "live")) {
            OutboxRepository outbox = new OutboxRepository(cache);
            ActionRecorder recorder = new ActionRecorder(cache, outbox, new AuditLog(cache), TestCaches.mapper());
            for (String target : targets) {
                recorder.record(
                        new OperatorAction(
                                "report.set_priority", target, Map.of("priority", "high"), ACTOR, Instant.now(), null),
                        tx -> {});
            }
        }
    }

    private static Process start(Path sources, Path cacheDir, boolean once) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SyncAgentMain.class.getName(),
                "--sources",
                sources.toString(),
                "--cache",
                cacheDir.toString()));
        if (once) {
            command.add("--once");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** A progress line of the reports that counts committed rows: "reports   fetching   1,200 rows". */
    private static boolean reportsCommitted(String line) {
        String[] words = line.trim().split("\\s+");
        return words.length >= 3 && words[0].equals("reports") && words[1].equals("fetching") && !words[2].equals("0");
    }

    /** Completes with true when a line of the agent matches; reads the output to its end. */
    private static CompletableFuture<Boolean> watchFor(Process process, java.util.function.Predicate<String> wanted) {
        CompletableFuture<Boolean> seen = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (wanted.test(line)) {
                        seen.complete(true);
                    }
                }
            } catch (IOException e) {
                // The process was killed; its output ends here.
            }
            seen.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        return seen;
    }
}
