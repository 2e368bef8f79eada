package org.iocconsole.sync.engine;

import java.time.Instant;
import java.util.Objects;
import org.iocconsole.sync.model.Contract;

/**
 * A snapshot of one source's sync, sent to {@link SyncProgressListener}s.
 *
 * @param done rows written in the current run
 * @param total rows expected in the current run, or -1 when the source does not say
 * @param message a short plain-text detail (the error text after a failure); never a token
 */
public record SyncProgress(
        String sourceId, Contract contract, SyncPhase phase, long done, long total, String message, Instant at) {

    public SyncProgress {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(at, "at");
    }

    /** Whether the run is over (succeeded, failed or cancelled). */
    public boolean finished() {
        return phase == SyncPhase.SUCCEEDED || phase == SyncPhase.FAILED || phase == SyncPhase.CANCELLED;
    }
}
