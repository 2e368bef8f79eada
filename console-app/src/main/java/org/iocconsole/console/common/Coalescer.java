package org.iocconsole.console.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of requests into one run of an action: the first request schedules the action on an executor, later
 * ones are absorbed until it starts. The action reads the latest state itself, so the latest value always wins.
 * Thread-safe.
 */
public final class Coalescer {
    private final Executor executor;
    private final Runnable action;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public Coalescer(Executor executor, Runnable action) {
        this.executor = executor;
        this.action = action;
    }

    /** Asks for one run of the action after this call. */
    public void request() {
        if (scheduled.compareAndSet(false, true)) {
            executor.execute(this::run);
        }
    }

    private void run() {
        // Cleared before the action runs, so a request made while it runs is not lost.
        scheduled.set(false);
        action.run();
    }
}
