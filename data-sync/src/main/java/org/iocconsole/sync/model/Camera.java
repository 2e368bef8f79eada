package org.iocconsole.sync.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A camera of the registry, with where its stream is and what the registry says of it. */
public record Camera(
        String cameraId,
        String name,
        Double lat,
        Double lon,
        String group,
        String unitCode,
        StreamKind streamKind,
        String streamUrl,
        String snapshotUrl,
        Status status,
        Instant updatedAt) {

    /** How frames arrive. */
    public enum StreamKind {
        MJPEG,
        HLS,
        SNAPSHOT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The registry's state of the camera. */
    public enum Status {
        ONLINE,
        OFFLINE,
        MAINTENANCE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Camera {
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(streamKind, "streamKind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
