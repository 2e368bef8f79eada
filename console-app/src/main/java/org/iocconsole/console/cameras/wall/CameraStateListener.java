package org.iocconsole.console.cameras.wall;

import java.time.Instant;
import org.iocconsole.console.cameras.stream.StreamState;

/**
 * Told when a tile's camera changes state, so what the wall observes reaches alerts (offline counts). Called on
 * stream threads; implementations are thread-safe and quick.
 */
@FunctionalInterface
public interface CameraStateListener {
    void changed(String cameraId, StreamState state, Instant at);
}
