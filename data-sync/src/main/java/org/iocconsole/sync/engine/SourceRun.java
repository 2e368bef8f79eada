package org.iocconsole.sync.engine;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.iocconsole.sync.cache.CacheException;
import org.iocconsole.sync.cache.CacheWriter;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.FetchResult;
import org.iocconsole.sync.connector.SourceConnector;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.iocconsole.sync.model.SyncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one source: from its stored cursor to the end of its feed, page by page, each page committed with its
 * cursor in order. The next page is read while the previous one is written ({@link PageCommits}). Runs on the
 * source's worker thread.
 */
final class SourceRun {
    private static final Logger LOG = LoggerFactory.getLogger(SourceRun.class);

    /** How a run ended, and until when the source asked not to be called again (null: no such request). */
    record Outcome(SyncProgress last, Instant notBefore) {}

    private final SourceConnector<?> connector;
    private final Contract contract;
    private final String sourceId;
    private final CacheWriter writer;
    private final SyncStateRepository states;
    private final FetchGuard guard;
    private final Clock clock;
    private final SyncProgressListener progress;
    private final ChangeListener changes;
    private final CancelHandle cancel;
    private final PageCommits commits;
    private volatile boolean waitingToRetry;
    private long done;

    SourceRun(
            SourceConnector<?> connector,
            CacheWriter writer,
            SyncStateRepository states,
            FetchGuard guard,
            Clock clock,
            SyncProgressListener progress,
            ChangeListener changes,
            CancelHandle cancel,
            Executor writes) {
        this.connector = connector;
        this.contract = connector.source().contract();
        this.sourceId = connector.source().id();
        this.writer = writer;
        this.states = states;
        this.guard = guard;
        this.clock = clock;
        this.progress = progress;
        this.changes = changes;
        this.cancel = cancel;
        this.commits = new PageCommits(writes);
    }

    Outcome run() {
        report(SyncPhase.CONNECTING, null);
        try {
            writer.recordStart(sourceId, contract, clock.instant());
            SyncState state = states.find(sourceId).orElse(SyncState.fresh(sourceId, contract));
            String cursor = state.cursor();
            String etag = state.etag();
            while (true) {
                if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
                    committed(commits.await());
                    return end(SyncPhase.CANCELLED, null);
                }
                String since = cursor;
                String tag = etag;
                FetchResult<?> result = guard.call(() -> {
                    waitingToRetry = false;
                    return connector.fetch(since, tag, cancel);
                });
                committed(commits.await());
                Page<?> page = result.page();
                if (result.notModified()) {
                    writer.recordUnchanged(sourceId, contract, clock.instant());
                    return end(SyncPhase.SUCCEEDED, null);
                }
                commits.submit(() -> writer.writePage(sourceId, contract, page, clock.instant()));
                cursor = page.nextCursor();
                etag = page.etag();
                if (!page.hasMore()) {
                    committed(commits.await());
                    return end(SyncPhase.SUCCEEDED, null);
                }
                report(SyncPhase.FETCHING, null);
            }
        } catch (SourceException e) {
            // A cancel may have interrupted the retry wait; clear it before anything touches the cache again.
            Thread.interrupted();
            String unwritten = settle();
            if (unwritten != null) {
                return fail(unwritten, null);
            }
            if (e.kind() == FailureKind.CANCELLED || cancel.isCancelled()) {
                return end(SyncPhase.CANCELLED, null);
            }
            return fail(e.getMessage(), FetchGuard.retryAfter(e).orElse(null));
        } catch (CallNotPermittedException e) {
            settle();
            String message = "Paused after repeated failures; trying again later";
            writer.recordFailure(sourceId, contract, message, clock.instant());
            return new Outcome(report(SyncPhase.CIRCUIT_OPEN, message), null);
        } catch (CacheException e) {
            settle();
            return fail(e.getMessage(), null);
        } catch (RuntimeException e) {
            settle();
            LOG.error("Sync of {} failed unexpectedly", sourceId, e);
            return fail("Unexpected error: " + e, null);
        }
    }

    /** A page is committed: count its rows and tell the listeners. */
    private void committed(List<String> keys) {
        done += keys.size();
        if (!keys.isEmpty()) {
            changes.onChange(new ChangeEvent(sourceId, contract, keys, clock.instant()));
        }
    }

    /**
     * Waits for the page still being written when the run stops early, so that its commit (or its failure) is known
     * before the run reports how it ended.
     *
     * @return the write's error message, or null when it committed or none was in flight
     */
    private String settle() {
        try {
            committed(commits.await());
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** Told by the guard before each retry. */
    void retrying(Throwable failure, Duration wait) {
        waitingToRetry = true;
        report(
                SyncPhase.RETRYING,
                failure.getMessage() + String.format(Locale.ROOT, " (retry in %.1f s)", wait.toMillis() / 1000.0));
    }

    /**
     * Whether the run is only waiting before a retry, so that interrupting its thread cuts the wait short. Never
     * interrupt it otherwise: an interrupt during a cache write would close the database file under everyone.
     */
    boolean waitingToRetry() {
        return waitingToRetry;
    }

    private Outcome fail(String message, Duration retryAfter) {
        LOG.warn("Sync of {} failed: {}", sourceId, message);
        writer.recordFailure(sourceId, contract, message, clock.instant());
        Instant notBefore = retryAfter == null ? null : clock.instant().plus(retryAfter);
        return new Outcome(report(SyncPhase.FAILED, message), notBefore);
    }

    private Outcome end(SyncPhase phase, String message) {
        return new Outcome(report(phase, message), null);
    }

    private SyncProgress report(SyncPhase phase, String message) {
        SyncProgress snapshot = new SyncProgress(sourceId, contract, phase, done, -1, message, clock.instant());
        progress.onProgress(snapshot);
        return snapshot;
    }
}
