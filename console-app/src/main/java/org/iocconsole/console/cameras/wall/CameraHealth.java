package org.iocconsole.console.cameras.wall;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.iocconsole.console.cameras.stream.StreamState;
import org.iocconsole.console.common.Coalescer;
import org.iocconsole.sync.model.CameraObservation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the wall observes of its cameras, as a read model for alerts: the latest state of every camera a tile played
 * and how many of them are down (no signal, unauthorized, reconnecting, offline per registry). States come in on
 * stream threads; the count is published on the FX thread at most once per burst, and every change is recorded in
 * order through a single writer thread (in the cache, where alerts read it). Thread-safe.
 */
public final class CameraHealth implements CameraStateListener {
    /** A camera's latest observed state and since when. */
    public record Observation(StreamState state, Instant since) {}

    private static final Logger LOG = LoggerFactory.getLogger(CameraHealth.class);

    private final Map<String, Observation> latest = new ConcurrentHashMap<>();
    private final ReadOnlyIntegerWrapper down = new ReadOnlyIntegerWrapper(this, "down");
    private final Coalescer publish;
    private final Executor writer;
    private final Consumer<CameraObservation> store;

    /** @param fx runs work on the FX thread */
    public CameraHealth(Executor fx) {
        this(fx, Runnable::run, observation -> {});
    }

    /**
     * @param fx runs work on the FX thread
     * @param writer runs the writes to {@code store} one at a time, in order (a single thread)
     * @param store records each change, for alerts (the cache's {@code camera_observation} table)
     */
    public CameraHealth(Executor fx, Executor writer, Consumer<CameraObservation> store) {
        this.publish = new Coalescer(fx, () -> down.set(downCount()));
        this.writer = writer;
        this.store = store;
    }

    @Override
    public void changed(String cameraId, StreamState state, Instant at) {
        Observation now;
        if (state == StreamState.IDLE) {
            latest.remove(cameraId);
            now = new Observation(state, at);
        } else {
            now = latest.compute(
                    cameraId, (id, old) -> old != null && old.state() == state ? old : new Observation(state, at));
        }
        publish.request();
        CameraObservation row = new CameraObservation(cameraId, state.wireName(), state.down(), now.since(), at);
        try {
            writer.execute(() -> write(row));
        } catch (RejectedExecutionException e) {
            // The console is closing: the states of its last moments are not worth keeping.
        }
    }

    private void write(CameraObservation row) {
        try {
            store.accept(row);
        } catch (RuntimeException e) {
            LOG.warn("could not record the state of camera {}", row.cameraId(), e);
        }
    }

    /** The latest observation of a camera, or null when no tile plays it. */
    public Observation observation(String cameraId) {
        return latest.get(cameraId);
    }

    /** How many observed cameras are down right now. */
    public int downCount() {
        return (int) latest.values().stream().filter(o -> o.state().down()).count();
    }

    /** {@link #downCount()} as published on the FX thread. */
    public ReadOnlyIntegerProperty downProperty() {
        return down.getReadOnlyProperty();
    }
}
