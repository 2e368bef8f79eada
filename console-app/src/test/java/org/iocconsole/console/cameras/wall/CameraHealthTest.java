package org.iocconsole.console.cameras.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.console.cameras.stream.StreamState;
import org.iocconsole.sync.model.CameraObservation;
import org.junit.jupiter.api.Test;

/** The observed states of the wall's cameras, counted for alerts. */
class CameraHealthTest {
    private static final Instant T0 = Instant.parse("2026-11-22T01:30:00Z");

    @Test
    void countsCamerasThatAreDownAndKeepsSinceWhen() {
        CameraHealth health = new CameraHealth(Runnable::run);
        health.changed("A", StreamState.CONNECTING, T0);
        health.changed("A", StreamState.LIVE, T0.plusSeconds(1));
        health.changed("B", StreamState.NO_SIGNAL, T0.plusSeconds(2));
        health.changed("C", StreamState.UNAUTHORIZED, T0.plusSeconds(3));
        health.changed("B", StreamState.NO_SIGNAL, T0.plusSeconds(9));
        assertThat(health.downCount()).isEqualTo(2);
        assertThat(health.downProperty().get()).isEqualTo(2);
        assertThat(health.observation("B").since()).isEqualTo(T0.plusSeconds(2));

        health.changed("B", StreamState.LIVE, T0.plusSeconds(10));
        health.changed("C", StreamState.IDLE, T0.plusSeconds(11));
        assertThat(health.downProperty().get()).isZero();
        assertThat(health.observation("C")).isNull();
    }

    @Test
    void recordsEveryChangeInOrderWithItsStartForAlerts() {
        List<CameraObservation> rows = new ArrayList<>();
        CameraHealth health = new CameraHealth(Runnable::run, Runnable::run, rows::add);
        health.changed("A", StreamState.NO_SIGNAL, T0);
        health.changed("A", StreamState.NO_SIGNAL, T0.plusSeconds(5));
        health.changed("A", StreamState.LIVE, T0.plusSeconds(9));
        assertThat(rows)
                .extracting(CameraObservation::state, CameraObservation::down, CameraObservation::since)
                .containsExactly(
                        tuple("no_signal", true, T0),
                        tuple("no_signal", true, T0),
                        tuple("live", false, T0.plusSeconds(9)));
        assertThat(rows.get(1).observedAt()).isEqualTo(T0.plusSeconds(5));
    }
}
