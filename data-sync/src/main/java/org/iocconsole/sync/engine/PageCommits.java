package org.iocconsole.sync.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Commits a run's pages in order on the source's write thread, one page behind the reading: page N+1 is fetched and
 * parsed while page N is written. At most one page is in flight, so commits keep their order and a failed write stops
 * the run before the next page is written. Used by one run at a time, on the source's worker thread.
 */
final class PageCommits {
    private final Executor writes;
    private CompletableFuture<List<String>> pending;

    PageCommits(Executor writes) {
        this.writes = writes;
    }

    /** Starts writing a page; the previous one must have been awaited. */
    void submit(Supplier<List<String>> write) {
        if (pending != null) {
            throw new IllegalStateException("a page is still being written");
        }
        pending = CompletableFuture.supplyAsync(write, writes);
    }

    /**
     * Waits until the page in flight is committed; not interruptible, since a write is never abandoned half-way.
     *
     * @return the keys it wrote, or none when no page was in flight
     * @throws RuntimeException what the write threw (a {@code CacheException} when the cache refused the page)
     */
    List<String> await() {
        if (pending == null) {
            return List.of();
        }
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            pending = null;
        }
    }
}
