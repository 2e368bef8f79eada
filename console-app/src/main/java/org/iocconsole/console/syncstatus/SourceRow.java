package org.iocconsole.console.syncstatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.sync.engine.SourceSummary;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.SyncState;

/**
 * What the console knows of one source: its configuration, the latest progress of its current run, and the outcome
 * of past runs from the cache. Immutable; the {@code with…} methods fold new facts in, whatever order they arrive in.
 *
 * @param url the source URL without credentials, or null while the configuration has not been read
 * @param done rows written in the current run
 * @param total rows expected in the current run, or -1 when unknown
 * @param message the latest progress detail (the error text after a failure)
 * @param progressAt when the latest progress was reported; older reports arriving later are ignored
 * @param every how often the source is synced, or null when not known
 * @param rowsTotal rows written by this source since the cache was created
 * @param reach whether the source answered in its latest attempt of this session
 */
public record SourceRow(
        String sourceId,
        Contract contract,
        String url,
        boolean insecure,
        Duration every,
        SyncPhase phase,
        long done,
        long total,
        String message,
        Instant progressAt,
        Instant lastAttemptAt,
        Instant lastSuccessAt,
        String lastError,
        Instant lastErrorAt,
        long rowsTotal,
        Reach reach) {

    /** Whether a source answered in this session; outcomes stored before the session do not count. */
    public enum Reach {
        UNKNOWN,
        REACHED,
        UNREACHABLE
    }

    public SourceRow {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(reach, "reach");
    }

    /** A source known only by its id and contract, with no history. */
    public static SourceRow initial(String sourceId, Contract contract) {
        return new SourceRow(
                sourceId,
                contract,
                null,
                false,
                null,
                SyncPhase.IDLE,
                0,
                -1,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                Reach.UNKNOWN);
    }

    /** Whether a run is under way. */
    public boolean running() {
        return phase == SyncPhase.CONNECTING || phase == SyncPhase.FETCHING || phase == SyncPhase.RETRYING;
    }

    /** The run's progress from 0 to 1, or -1 when the total is unknown. */
    public double fraction() {
        return total > 0 ? Math.min(1.0, (double) done / total) : -1;
    }

    /**
     * How old this source's figures may get before they are marked stale: the console's threshold, or three of the
     * source's periods when it syncs more rarely (a daily source is not stale after two hours).
     */
    public Duration staleAfter(Duration threshold) {
        if (every == null) {
            return threshold;
        }
        Duration periods = every.multipliedBy(3);
        return periods.compareTo(threshold) > 0 ? periods : threshold;
    }

    /** Whether this source's figures are stale at {@code now}; never for a source without figures. */
    public boolean stale(Instant now, Duration threshold) {
        return lastSuccessAt != null && DataFreshness.isStale(lastSuccessAt, now, staleAfter(threshold));
    }

    /** Whether the last error happened after the last success, so it still stands. */
    public boolean errorStands() {
        return lastErrorAt != null && (lastSuccessAt == null || lastErrorAt.isAfter(lastSuccessAt));
    }

    /** This row with the source's configuration. */
    public SourceRow withSummary(SourceSummary summary) {
        return new SourceRow(
                sourceId,
                summary.contract(),
                summary.url(),
                summary.insecure(),
                summary.every(),
                phase,
                done,
                total,
                message,
                progressAt,
                lastAttemptAt,
                lastSuccessAt,
                lastError,
                lastErrorAt,
                rowsTotal,
                reach);
    }

    /** This row with what the cache stored; the newer of each date wins, so a late read never moves time back. */
    public SourceRow withState(SyncState state) {
        boolean newerError = isAfter(state.lastErrorAt(), lastErrorAt);
        return new SourceRow(
                sourceId,
                contract,
                url,
                insecure,
                every,
                phase,
                done,
                total,
                message,
                progressAt,
                later(lastAttemptAt, state.lastAttemptAt()),
                later(lastSuccessAt, state.lastSuccessAt()),
                newerError ? state.lastError() : lastError,
                newerError ? state.lastErrorAt() : lastErrorAt,
                Math.max(rowsTotal, state.rowsTotal()),
                reach);
    }

    /** This row after a progress report; a report older than the latest one applied is ignored. */
    public SourceRow withProgress(SyncProgress progress) {
        Instant at = progress.at();
        if (progressAt != null && at.isBefore(progressAt)) {
            return this;
        }
        SyncPhase next = progress.phase();
        boolean failed = next == SyncPhase.FAILED;
        return new SourceRow(
                sourceId,
                contract,
                url,
                insecure,
                every,
                next,
                progress.done(),
                progress.total(),
                progress.message(),
                at,
                next == SyncPhase.CONNECTING ? later(lastAttemptAt, at) : lastAttemptAt,
                next == SyncPhase.SUCCEEDED ? later(lastSuccessAt, at) : lastSuccessAt,
                failed ? progress.message() : lastError,
                failed ? at : lastErrorAt,
                rowsTotal,
                reachAfter(next));
    }

    private Reach reachAfter(SyncPhase next) {
        switch (next) {
            case FETCHING:
            case SUCCEEDED:
                return Reach.REACHED;
            case RETRYING:
            case FAILED:
            case CIRCUIT_OPEN:
                return Reach.UNREACHABLE;
            default:
                return reach;
        }
    }

    private static boolean isAfter(Instant candidate, Instant current) {
        return candidate != null && (current == null || candidate.isAfter(current));
    }

    private static Instant later(Instant a, Instant b) {
        return isAfter(b, a) ? b : a;
    }
}
