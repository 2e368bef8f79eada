package org.iocconsole.console.common;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads something from the cache off the FX thread and applies the result on it. At most one read runs at a time;
 * requests made during a read cause exactly one more read after it, so a burst of change events costs two queries,
 * not one per event. A failed read is logged and leaves the last result in place. Thread-safe.
 */
public final class Requery<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Requery.class);
    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int AGAIN = 2;

    private final String name;
    private final Supplier<T> query;
    private final Executor background;
    private final Executor fx;
    private final Consumer<T> apply;
    private final AtomicInteger state = new AtomicInteger(IDLE);

    /**
     * @param name what is read, for the log
     * @param query the blocking read, run on {@code background}
     * @param apply receives each result on {@code fx}
     */
    public Requery(String name, Supplier<T> query, Executor background, Executor fx, Consumer<T> apply) {
        this.name = name;
        this.query = query;
        this.background = background;
        this.fx = fx;
        this.apply = apply;
    }

    /** Asks for a fresh read. */
    public void request() {
        if (state.getAndUpdate(s -> s == IDLE ? RUNNING : AGAIN) == IDLE) {
            submit();
        }
    }

    private void submit() {
        try {
            background.execute(this::run);
        } catch (RejectedExecutionException e) {
            // Shutting down: nobody is left to show the result.
            state.set(IDLE);
        }
    }

    private void run() {
        try {
            T result = query.get();
            fx.execute(() -> apply.accept(result));
        } catch (RuntimeException e) {
            LOG.warn("Reading {} failed; keeping the last result", name, e);
        }
        if (state.getAndUpdate(s -> s == AGAIN ? RUNNING : IDLE) == AGAIN) {
            submit();
        }
    }
}
