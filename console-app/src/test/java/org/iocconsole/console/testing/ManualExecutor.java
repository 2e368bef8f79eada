package org.iocconsole.console.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/** Holds work until the test runs it, like a pulse that fires on demand. Thread-safe. */
public final class ManualExecutor implements Executor {
    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable command) {
        queued.add(command);
    }

    /** How many tasks wait. */
    public synchronized int queued() {
        return queued.size();
    }

    /** Runs the waiting tasks (not those they queue); returns how many ran. */
    public int runQueued() {
        List<Runnable> batch;
        synchronized (this) {
            batch = new ArrayList<>(queued);
            queued.clear();
        }
        batch.forEach(Runnable::run);
        return batch.size();
    }
}
