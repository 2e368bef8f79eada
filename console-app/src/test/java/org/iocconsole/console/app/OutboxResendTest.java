package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.console.syncstatus.SyncStatusViewModel;
import org.iocconsole.sync.cache.QueueFilter;
import org.iocconsole.sync.cache.QueuePage;
import org.iocconsole.sync.cache.QueueSort;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leader acts with the province unreachable: the action waits in the outbox, the status bar's count says so, and
 * it is sent when the province answers again (the real demo province stopped, then restarted on the same port, and a
 * real H2 file).
 */
class OutboxResendTest {
    @TempDir
    Path dir;

    @Test
    void anActionTakenOfflineWaitsVisiblyAndIsSentWhenTheNetworkReturns() throws Exception {
        DemoProvince first = DemoProvince.start(DemoOptions.defaults());
        int port = URI.create(first.apiUrl()).getPort();
        Files.writeString(dir.resolve("sources.yaml"), """
                version: 1
                sources:
                  - id: reports
                    contract: open311
                    url: %s
                    every: 1h
                    open311:
                      paging: updated-after
                      history-days: 3
                outbox:
                  url: %s
                """.formatted(first.open311Url(), first.apiUrl()));
        ConsoleOptions options = ConsoleOptions.builder(
                        dir.resolve("cache"), dir.resolve("sources.yaml"), dir.resolve("logs"))
                .language(Language.EN)
                .theme(Theme.LIGHT)
                .build();
        DemoProvince second = null;
        try (DataSide data = DataSideOpener.open(options, f -> {}, p -> {}, e -> {})) {
            data.agent().engine().runOnce();
            first.close();
            SyncStatusViewModel status = new SyncStatusViewModel(
                    data.syncControl(),
                    data::loadSyncStates,
                    data::loadOutboxCounts,
                    java.time.Clock.systemUTC(),
                    Duration.ofHours(2),
                    false,
                    Runnable::run,
                    Runnable::run,
                    Runnable::run);
            status.start();
            assertThat(status.outboxProperty().get().pending()).isZero();

            String id = receivedReport(data);
            data.reportQueue().actions().acknowledge(id, null, "lanhdao");
            data.agent().pusher().orElseThrow().start();
            Thread.sleep(3_000);
            status.tick();
            assertThat(status.outboxProperty().get().pending())
                    .as("offline: the action waits")
                    .isEqualTo(1);

            second = DemoProvince.start(DemoOptions.defaults().withPort(port));
            await(() -> {
                status.tick();
                return status.outboxProperty().get().pending() == 0;
            });
            assertThat(data.loadOutboxCounts().pending()).isZero();
        } finally {
            if (second != null) {
                second.close();
            }
        }
    }

    private static String receivedReport(DataSide data) {
        QueuePage page = data.reportQueue()
                .queue()
                .page(QueueFilter.all().withStatuses(Set.of("received")), QueueSort.NEWEST, null, 10, Instant.now());
        return page.rows().get(0).id();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the outbox was not sent within 90 s of the province's return");
            }
            Thread.sleep(200);
        }
    }
}
