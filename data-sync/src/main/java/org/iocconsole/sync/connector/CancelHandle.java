package org.iocconsole.sync.connector;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;

/**
 * Lets another thread stop a fetch: the engine creates one handle per run, passes it to every connector call of that
 * run, and calls {@link #cancel()} when the user asks to stop. The call in flight is cancelled at once (its socket is
 * closed) and the connector then throws a {@link SourceException} of kind {@link FailureKind#CANCELLED}; later calls
 * with the same handle fail the same way without connecting. Thread-safe.
 */
public final class CancelHandle {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Call> inFlight = new AtomicReference<>();

    /** Cancels the call in flight, if any, and every later one. Returns at once; may be called from any thread. */
    public void cancel() {
        cancelled.set(true);
        Call call = inFlight.get();
        if (call != null) {
            call.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Registers the call about to be executed; it is cancelled at once if the handle already is. */
    void register(Call call) {
        inFlight.set(call);
        // Checked after publishing the call: a concurrent cancel() either sees the call or set the flag first.
        if (cancelled.get()) {
            call.cancel();
        }
    }

    void unregister(Call call) {
        inFlight.compareAndSet(call, null);
    }
}
