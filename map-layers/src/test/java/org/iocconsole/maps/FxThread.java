package org.iocconsole.maps;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** The FX toolkit for this module's tests: started once per run, and work run on its thread. */
public final class FxThread {
    private FxThread() {}

    /** Starts the toolkit unless another test of this run did; it outlives the windows that tests close. */
    public static void start() {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyStarted) {
            // Another test of this run started it.
        }
        Platform.setImplicitExit(false);
    }

    /** Runs {@code work} on the FX thread and waits for its result, a minute at most. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
