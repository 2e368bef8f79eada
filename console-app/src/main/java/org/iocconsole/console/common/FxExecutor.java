package org.iocconsole.console.common;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Runs work on the FX thread, later. The one place that hands work to the FX thread: view models and wiring receive
 * it as a plain {@link Executor}, and tests replace it with one that runs inline. Thread-safe.
 */
public final class FxExecutor implements Executor {
    @Override
    public void execute(Runnable command) {
        Platform.runLater(command);
    }
}
