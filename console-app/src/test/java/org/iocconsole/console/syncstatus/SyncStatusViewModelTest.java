package org.iocconsole.console.syncstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.testing.FakeSyncControl;
import org.iocconsole.console.testing.ManualExecutor;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.SourceSummary;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.SyncState;
import org.iocconsole.sync.outbox.OutboxCounts;
import org.junit.jupiter.api.Test;

class SyncStatusViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-22T03:32:00Z");
    private static final Duration STALE_AFTER = Duration.ofHours(2);
    private static final SourceSummary REPORTS = new SourceSummary(
            "reports", Contract.OPEN311, "https://ioc.example.gov.vn/open311/v2/", false, Duration.ofMinutes(5));
    private static final SourceSummary CAMERAS =
            new SourceSummary("cameras", Contract.CAMERAS, "http://10.0.0.8/api/v1/", true, Duration.ofMinutes(5));
    private static final SourceSummary UNITS = new SourceSummary(
            "admin-units", Contract.ADMIN_UNITS, "https://ioc.example.gov.vn/api/v1/", false, Duration.ofDays(1));

    private final MutableClock clock = new MutableClock(T0, ZoneId.of("Asia/Ho_Chi_Minh"));
    private final FakeSyncControl control = new FakeSyncControl(List.of(REPORTS, CAMERAS, UNITS));
    private final ManualExecutor pulse = new ManualExecutor();
    private final AtomicReference<List<SyncState>> stored = new AtomicReference<>(List.of());
    private final AtomicInteger stateReads = new AtomicInteger();
    private final AtomicInteger outboxReads = new AtomicInteger();

    private SyncStatusViewModel model(boolean demo) {
        SyncStatusViewModel vm = new SyncStatusViewModel(
                control,
                () -> {
                    stateReads.incrementAndGet();
                    return stored.get();
                },
                () -> new OutboxCounts(outboxReads.incrementAndGet(), 0, 0),
                clock,
                STALE_AFTER,
                demo,
                Runnable::run,
                Runnable::run,
                pulse);
        vm.start();
        pulse.runQueued();
        return vm;
    }

    private static SyncProgress progress(SourceSummary source, SyncPhase phase, long done, long total, Instant at) {
        return new SyncProgress(source.sourceId(), source.contract(), phase, done, total, null, at);
    }

    private static SyncState state(SourceSummary source, Instant lastSuccess, String error, Instant errorAt) {
        return new SyncState(
                source.sourceId(), source.contract(), null, null, lastSuccess, lastSuccess, error, errorAt, 500, 0);
    }

    private static SourceRow row(SyncStatusViewModel vm, String sourceId) {
        return vm.getItems().stream()
                .filter(item -> item.sourceId().equals(sourceId))
                .findFirst()
                .orElseThrow()
                .getRow();
    }

    @Test
    void showsOneRowPerConfiguredSourceInConfigurationOrder() {
        SyncStatusViewModel vm = model(false);

        assertThat(vm.getItems()).extracting(SourceItem::sourceId).containsExactly("reports", "cameras", "admin-units");
        assertThat(row(vm, "cameras").insecure()).isTrue();
        assertThat(row(vm, "cameras").url()).isEqualTo("http://10.0.0.8/api/v1/");
        assertThat(row(vm, "reports").phase()).isEqualTo(SyncPhase.IDLE);
    }

    @Test
    void publishesABurstOfProgressOncePerPulseWithTheLatestValues() {
        SyncStatusViewModel vm = model(false);

        for (int done = 1; done <= 1000; done++) {
            vm.onProgress(progress(REPORTS, SyncPhase.FETCHING, done, 1000, T0.plusMillis(done)));
        }

        assertThat(pulse.queued()).isEqualTo(1);
        assertThat(row(vm, "reports").done()).isZero();
        pulse.runQueued();
        assertThat(row(vm, "reports").done()).isEqualTo(1000);
        assertThat(row(vm, "reports").fraction()).isEqualTo(1.0);
        assertThat(pulse.queued()).isZero();
    }

    @Test
    void keepsTheLatestProgressOfEachSourceReportedFromManyThreads() throws Exception {
        SyncStatusViewModel vm = model(false);
        ExecutorService engine = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<SourceSummary> sources = List.of(REPORTS, CAMERAS);
        for (SourceSummary source : sources) {
            engine.execute(() -> {
                await(go);
                for (int done = 1; done <= 2000; done++) {
                    vm.onProgress(progress(source, SyncPhase.FETCHING, done, -1, T0.plusMillis(done)));
                }
            });
        }
        go.countDown();
        engine.shutdown();
        assertThat(engine.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        pulse.runQueued();

        assertThat(row(vm, "reports").done()).isEqualTo(2000);
        assertThat(row(vm, "cameras").done()).isEqualTo(2000);
        assertThat(row(vm, "cameras").fraction()).isEqualTo(-1);
    }

    @Test
    void ignoresProgressOlderThanWhatItShows() {
        SyncStatusViewModel vm = model(false);
        vm.onProgress(progress(REPORTS, SyncPhase.SUCCEEDED, 10, 10, T0.plusSeconds(5)));
        vm.onProgress(progress(REPORTS, SyncPhase.FETCHING, 5, 10, T0.plusSeconds(2)));
        pulse.runQueued();

        assertThat(row(vm, "reports").phase()).isEqualTo(SyncPhase.SUCCEEDED);
        assertThat(row(vm, "reports").lastSuccessAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void keepsTheSuccessOfARunEvenWhenTheNextRunStartsInTheSamePulse() {
        SyncStatusViewModel vm = model(false);
        vm.onProgress(progress(REPORTS, SyncPhase.SUCCEEDED, 10, 10, T0.plusSeconds(1)));
        vm.onProgress(progress(REPORTS, SyncPhase.CONNECTING, 0, -1, T0.plusSeconds(2)));
        pulse.runQueued();

        assertThat(row(vm, "reports").phase()).isEqualTo(SyncPhase.CONNECTING);
        assertThat(row(vm, "reports").lastSuccessAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void mergesStoredStatesIntoConfiguredSourcesAndSkipsUnknownOnes() {
        stored.set(List.of(
                state(REPORTS, T0.minusSeconds(600), "HTTP 503", T0.minusSeconds(1200)),
                state(
                        new SourceSummary("gone", Contract.FACILITIES, "https://x/", false, Duration.ofMinutes(5)),
                        T0,
                        null,
                        null)));
        SyncStatusViewModel vm = model(false);

        SourceRow reports = row(vm, "reports");
        assertThat(reports.lastSuccessAt()).isEqualTo(T0.minusSeconds(600));
        assertThat(reports.rowsTotal()).isEqualTo(500);
        assertThat(reports.lastError()).isEqualTo("HTTP 503");
        assertThat(reports.errorStands()).isFalse();
        assertThat(row(vm, "cameras").lastSuccessAt()).isNull();
        assertThat(vm.getItems()).extracting(SourceItem::sourceId).containsExactly("reports", "cameras", "admin-units");
    }

    @Test
    void aStoredStateReadLateNeverMovesTimeBack() {
        SyncStatusViewModel vm = model(false);
        vm.onProgress(progress(REPORTS, SyncPhase.SUCCEEDED, 10, 10, T0));
        pulse.runQueued();
        stored.set(List.of(state(REPORTS, T0.minusSeconds(3600), null, null)));

        vm.onProgress(progress(CAMERAS, SyncPhase.FAILED, 0, -1, T0));
        pulse.runQueued();

        assertThat(row(vm, "reports").lastSuccessAt()).isEqualTo(T0);
    }

    @Test
    void rereadsStoredStatesWhenARunFinishes() {
        SyncStatusViewModel vm = model(false);
        int before = stateReads.get();

        vm.onProgress(progress(REPORTS, SyncPhase.FETCHING, 1, 10, T0));
        assertThat(stateReads.get()).isEqualTo(before);
        vm.onProgress(progress(REPORTS, SyncPhase.SUCCEEDED, 10, 10, T0.plusSeconds(1)));
        assertThat(stateReads.get()).isEqualTo(before + 1);
    }

    @Test
    void rereadsTheOutboxOnChangeEvents() {
        SyncStatusViewModel vm = model(false);
        assertThat(vm.outboxProperty().get().pending()).isEqualTo(1);

        vm.onChange(new ChangeEvent("reports", Contract.OPEN311, List.of("r-1"), T0));

        assertThat(vm.outboxProperty().get().pending()).isEqualTo(2);
    }

    @Test
    void commandsReachTheSyncControl() {
        SyncStatusViewModel vm = model(false);
        vm.selectedProperty().set(vm.getItems().get(0));

        vm.syncSelected();
        vm.syncAll();
        vm.onProgress(progress(REPORTS, SyncPhase.FETCHING, 1, 10, T0));
        pulse.runQueued();
        vm.cancelSelected();

        assertThat(control.commands()).containsExactly("syncNow reports", "syncAllNow", "cancel reports");
    }

    @Test
    void nobodySignedInReachesNoSyncControl() {
        SyncStatusViewModel vm = model(false);
        vm.setGate(new AccessGate(false));
        vm.selectedProperty().set(vm.getItems().get(0));

        vm.syncSelected();
        vm.syncAll();
        vm.cancelSelected();

        assertThat(control.commands()).isEmpty();
    }

    @Test
    void cancelIsPossibleOnlyWhileTheSelectedSourceRuns() {
        SyncStatusViewModel vm = model(false);
        assertThat(vm.canCancelSelectedProperty().get()).isFalse();
        assertThat(vm.canSyncSelectedProperty().get()).isFalse();

        vm.selectedProperty().set(vm.getItems().get(0));
        assertThat(vm.canCancelSelectedProperty().get()).isFalse();
        assertThat(vm.canSyncSelectedProperty().get()).isTrue();

        List<Boolean> cancellable = new ArrayList<>();
        for (SyncPhase phase : SyncPhase.values()) {
            vm.onProgress(progress(REPORTS, phase, 0, -1, T0.plusSeconds(phase.ordinal())));
            pulse.runQueued();
            cancellable.add(vm.canCancelSelectedProperty().get());
            assertThat(vm.canSyncSelectedProperty().get()).isNotEqualTo(cancellable.get(cancellable.size() - 1));
        }
        // IDLE, CONNECTING, FETCHING, RETRYING, SUCCEEDED, FAILED, CANCELLED, CIRCUIT_OPEN
        assertThat(cancellable).containsExactly(false, true, true, true, false, false, false, false);

        vm.onProgress(progress(CAMERAS, SyncPhase.FETCHING, 0, -1, T0.plusSeconds(60)));
        pulse.runQueued();
        assertThat(vm.canCancelSelectedProperty().get()).isFalse();
    }

    @Test
    void freshnessIsTheOldestLastSuccessAndStaleAfterTheThreshold() {
        stored.set(List.of(
                state(REPORTS, T0.minus(Duration.ofMinutes(30)), null, null),
                state(CAMERAS, T0.minus(Duration.ofHours(3)), null, null)));
        SyncStatusViewModel vm = model(false);
        var reportsOnly = vm.freshnessFor(Set.of(Contract.OPEN311));

        assertThat(vm.freshnessProperty().get()).isEqualTo(new DataFreshness(T0.minus(Duration.ofHours(3)), true));
        assertThat(reportsOnly.get()).isEqualTo(new DataFreshness(T0.minus(Duration.ofMinutes(30)), false));

        clock.advance(Duration.ofMinutes(89));
        vm.tick();
        assertThat(reportsOnly.get().stale()).isFalse();
        clock.advance(Duration.ofMinutes(2));
        vm.tick();
        assertThat(reportsOnly.get().stale()).isTrue();
        assertThat(vm.nowProperty().get()).isEqualTo(T0.plus(Duration.ofMinutes(91)));
    }

    @Test
    void eachSourceIsStaleAgainstItsOwnSchedule() {
        stored.set(List.of(
                state(REPORTS, T0.minus(Duration.ofMinutes(10)), null, null),
                state(UNITS, T0.minus(Duration.ofHours(30)), null, null)));
        SyncStatusViewModel vm = model(false);
        var units = vm.freshnessFor(Set.of(Contract.ADMIN_UNITS));

        assertThat(units.get())
                .as("a daily source a day and a bit old")
                .isEqualTo(new DataFreshness(T0.minus(Duration.ofHours(30)), false));
        assertThat(row(vm, "admin-units").stale(T0, STALE_AFTER)).isFalse();

        clock.advance(Duration.ofHours(43));
        vm.tick();
        assertThat(units.get().stale()).as("three days without a sync").isTrue();
        assertThat(vm.freshnessFor(Set.of(Contract.OPEN311)).get().stale()).isTrue();
    }

    @Test
    void freshnessIgnoresSourcesThatNeverSucceeded() {
        SyncStatusViewModel vm = model(false);
        assertThat(vm.freshnessProperty().get()).isEqualTo(DataFreshness.NONE);

        vm.onProgress(progress(REPORTS, SyncPhase.SUCCEEDED, 1, 1, T0));
        pulse.runQueued();

        assertThat(vm.freshnessProperty().get()).isEqualTo(new DataFreshness(T0, false));
    }

    @Test
    void connectionFollowsThisSessionsOutcomesOnly() {
        stored.set(List.of(state(REPORTS, T0.minusSeconds(60), null, null)));
        SyncStatusViewModel vm = model(false);
        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.CONNECTING);

        vm.onProgress(progress(REPORTS, SyncPhase.FAILED, 0, -1, T0));
        pulse.runQueued();
        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.OFFLINE);

        vm.onProgress(progress(CAMERAS, SyncPhase.FETCHING, 10, -1, T0));
        pulse.runQueued();
        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.ONLINE);
    }

    @Test
    void aDemoSessionShowsDemoWhateverTheSources() {
        SyncStatusViewModel vm = model(true);
        vm.onProgress(progress(REPORTS, SyncPhase.FAILED, 0, -1, T0));
        pulse.runQueued();

        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.DEMO);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
