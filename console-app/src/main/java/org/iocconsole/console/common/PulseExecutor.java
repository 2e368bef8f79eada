package org.iocconsole.console.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;

/**
 * Runs work on the FX thread at the next pulse, all queued work in one batch. Combined with a {@link Coalescer} this
 * publishes a burst of updates at most once per pulse. Thread-safe.
 */
public final class PulseExecutor implements Executor {
    private final Executor fx;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            runBatch();
        }
    };
    private List<Runnable> queued = new ArrayList<>();
    private boolean armed;

    /** @param fx runs work on the FX thread; used to start the pulse timer, which must be started there */
    public PulseExecutor(Executor fx) {
        this.fx = fx;
    }

    @Override
    public void execute(Runnable command) {
        boolean arm;
        synchronized (this) {
            queued.add(command);
            arm = !armed;
            armed = true;
        }
        if (arm) {
            fx.execute(timer::start);
        }
    }

    private void runBatch() {
        timer.stop();
        List<Runnable> batch;
        synchronized (this) {
            batch = queued;
            queued = new ArrayList<>();
            armed = false;
        }
        // Work queued while this batch runs waits for the next pulse.
        batch.forEach(Runnable::run);
    }
}
