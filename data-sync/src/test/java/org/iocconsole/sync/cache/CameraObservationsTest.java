package org.iocconsole.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.iocconsole.sync.model.CameraObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Observed camera states in a real cache file: one row per camera, the latest wins, counts of cameras down. */
class CameraObservationsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T01:30:00Z");

    @TempDir
    Path dir;

    @Test
    void keepsTheLatestStateOfEachCameraAndCountsThoseDown() {
        try (CacheDatabase db = CacheDatabase.open(dir, "cache")) {
            CameraObservations observations = new CameraObservations(db);
            observations.record(new CameraObservation("CAM-1", "live", false, T0, T0));
            observations.record(new CameraObservation("CAM-2", "no_signal", true, T0, T0));
            observations.record(new CameraObservation("CAM-3", "unauthorized", true, T0, T0));
            observations.record(new CameraObservation("CAM-2", "live", false, T0.plusSeconds(30), T0.plusSeconds(30)));
            assertThat(observations.downCount()).isEqualTo(1);
            assertThat(observations.all())
                    .extracting(CameraObservation::cameraId, CameraObservation::state, CameraObservation::since)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("CAM-1", "live", T0),
                            org.assertj.core.groups.Tuple.tuple("CAM-2", "live", T0.plusSeconds(30)),
                            org.assertj.core.groups.Tuple.tuple("CAM-3", "unauthorized", T0));
            observations.forget("CAM-3");
            assertThat(observations.downCount()).isZero();
        }
        try (CacheDatabase reopened = CacheDatabase.open(dir, "cache")) {
            assertThat(new CameraObservations(reopened).all()).hasSize(2);
        }
    }
}
