package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.Test;

/** The alert rules run after every sync that ends, failed ones too, and on the clock when no sync ends at all. */
class AlertRunsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private final AtomicInteger runs = new AtomicInteger();
    private final AlertRuns alerts = new AlertRuns(runs::incrementAndGet, clock, Duration.ofMinutes(1));

    private SyncProgress progress(SyncPhase phase) {
        return new SyncProgress("reports", Contract.OPEN311, phase, 0, -1, "", clock.instant());
    }

    @Test
    void everySyncThatEndsEvaluatesTheRulesWhetherItSucceededOrNot() {
        alerts.onProgress(progress(SyncPhase.CONNECTING));
        alerts.onProgress(progress(SyncPhase.FETCHING));
        alerts.onProgress(progress(SyncPhase.RETRYING));
        assertThat(runs).hasValue(0);

        alerts.onProgress(progress(SyncPhase.SUCCEEDED));
        alerts.onProgress(progress(SyncPhase.FAILED));
        alerts.onProgress(progress(SyncPhase.CIRCUIT_OPEN));

        assertThat(runs).hasValue(3);
    }

    @Test
    void whenNoSyncEndsTheClockStillEvaluatesSoAStaleSourceRaisesItsAlert() {
        alerts.run();
        clock.advance(Duration.ofSeconds(30));
        alerts.tick();
        assertThat(runs).hasValue(1);

        clock.advance(Duration.ofSeconds(30));
        alerts.tick();
        assertThat(runs).hasValue(2);

        alerts.onProgress(progress(SyncPhase.SUCCEEDED));
        clock.advance(Duration.ofSeconds(59));
        alerts.tick();
        assertThat(runs).hasValue(3);
    }
}
