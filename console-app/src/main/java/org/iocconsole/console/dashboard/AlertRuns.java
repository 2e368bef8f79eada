package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.engine.SyncProgressListener;

/**
 * When the alert rules are evaluated: after every sync run that ends, whether it succeeded or not, and otherwise at
 * least once every {@code every} on the clock. A source that keeps failing, or stops being called, never succeeds
 * again, yet its "not synced for T" rule must still fire. Thread-safe: progress arrives on the sync's threads.
 */
public final class AlertRuns implements SyncProgressListener {
    private final Runnable evaluate;
    private final Clock clock;
    private final Duration every;
    private volatile Instant last = Instant.MIN;

    /** @param evaluate asks for an evaluation (a request that runs off the FX thread and may coalesce) */
    public AlertRuns(Runnable evaluate, Clock clock, Duration every) {
        this.evaluate = evaluate;
        this.clock = clock;
        this.every = every;
    }

    @Override
    public void onProgress(SyncProgress progress) {
        if (progress.finished() || progress.phase() == SyncPhase.CIRCUIT_OPEN) {
            run();
        }
    }

    /** Evaluates when none has run for {@code every}; called on the console's regular tick. */
    public void tick() {
        if (!clock.instant().isBefore(last.plus(every))) {
            run();
        }
    }

    /** Evaluates now: the console opened. */
    public void run() {
        last = clock.instant();
        evaluate.run();
    }
}
