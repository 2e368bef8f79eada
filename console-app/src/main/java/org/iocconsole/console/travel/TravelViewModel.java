package org.iocconsole.console.travel;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.sync.access.Permission;

/**
 * "Prepare for travel" as the leader sees it: one button, a progress bar over the three steps, a cancel, and what was
 * taken along. The work runs off the FX thread; progress comes back through the FX executor (latest wins). FX thread
 * only.
 */
public final class TravelViewModel {
    private final Supplier<TravelPreparation> preparations;
    private final AccessGate gate;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<TravelPreparation.Step> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<TravelPreparation.Summary> summary =
            new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private TravelPreparation current;

    /** @param preparations makes a preparation over the open data side */
    public TravelViewModel(
            Supplier<TravelPreparation> preparations, AccessGate gate, Executor background, Executor fx) {
        this.preparations = preparations;
        this.gate = gate;
        this.background = background;
        this.fx = fx;
    }

    /** Starts, unless running already or the role may not sync. */
    public void start() {
        if (running.get() || !gate.may(Permission.RUN_SYNC)) {
            return;
        }
        TravelPreparation preparation = preparations.get();
        current = preparation;
        running.set(true);
        summary.set(null);
        failure.set(null);
        progress.set(0);
        background.execute(() -> {
            try {
                TravelPreparation.Summary done = preparation.run((s, d, total) -> fx.execute(() -> show(s, d, total)));
                fx.execute(() -> finish(done, null));
            } catch (RuntimeException e) {
                fx.execute(() -> finish(null, String.valueOf(e.getMessage())));
            }
        });
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 over the three steps. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TravelPreparation.Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** What was taken along, once done or cancelled; null before. */
    public ReadOnlyObjectProperty<TravelPreparation.Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the preparation stopped, or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    private void show(TravelPreparation.Step s, long done, long total) {
        step.set(s);
        double within = total <= 0 ? 1 : Math.min(1, (double) done / total);
        progress.set((s.ordinal() + within) / TravelPreparation.Step.values().length);
    }

    private void finish(TravelPreparation.Summary done, String error) {
        running.set(false);
        current = null;
        if (done != null && !done.cancelled()) {
            progress.set(1);
        }
        summary.set(done);
        failure.set(error);
    }
}
