package org.iocconsole.console.cameras.wall;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.iocconsole.console.cameras.stream.StreamState;
import org.iocconsole.console.common.Coalescer;

/**
 * What the wall observes of its cameras, as a read model for alerts: the latest state of every camera a tile played
 * and how many of them are down (no signal, unauthorized, reconnecting, offline per registry). States come in on
 * stream threads; the count is published on the FX thread at most once per burst. Thread-safe.
 */
public final class CameraHealth implements CameraStateListener {
    /** A camera's latest observed state and since when. */
    public record Observation(StreamState state, Instant since) {}

    private final Map<String, Observation> latest = new ConcurrentHashMap<>();
    private final ReadOnlyIntegerWrapper down = new ReadOnlyIntegerWrapper(this, "down");
    private final Coalescer publish;

    /** @param fx runs work on the FX thread */
    public CameraHealth(Executor fx) {
        this.publish = new Coalescer(fx, () -> down.set(downCount()));
    }

    @Override
    public void changed(String cameraId, StreamState state, Instant at) {
        if (state == StreamState.IDLE) {
            latest.remove(cameraId);
        } else {
            latest.compute(
                    cameraId, (id, old) -> old != null && old.state() == state ? old : new Observation(state, at));
        }
        publish.request();
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
