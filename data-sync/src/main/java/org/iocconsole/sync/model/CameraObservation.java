package org.iocconsole.sync.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What a console observed of a camera's stream: its state's wire name ({@code live}, {@code no_signal}, ...), whether
 * that means the camera gives no picture, since when it has been in that state and when it was last observed.
 */
public record CameraObservation(String cameraId, String state, boolean down, Instant since, Instant observedAt) {

    public CameraObservation {
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(observedAt, "observedAt");
    }
}
