package org.iocconsole.console.workspace.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.iocconsole.console.workspace.Screen;
import org.junit.jupiter.api.Test;

class RotationTest {
    private static final Instant START = Instant.parse("2026-11-22T01:00:00Z");

    private final Rotation rotation = new Rotation(List.of(Screen.OVERVIEW, Screen.MAP, Screen.CAMERAS), 20, START);

    @Test
    void eachViewHoldsForItsDwellInTurn() {
        assertThat(rotation.at(START)).isEqualTo(Screen.OVERVIEW);
        assertThat(rotation.at(START.plusSeconds(19))).isEqualTo(Screen.OVERVIEW);
        assertThat(rotation.at(START.plusSeconds(20))).isEqualTo(Screen.MAP);
        assertThat(rotation.at(START.plusSeconds(45))).isEqualTo(Screen.CAMERAS);
        assertThat(rotation.at(START.plusSeconds(60))).isEqualTo(Screen.OVERVIEW);
    }

    @Test
    void aClockThatJumpsBackShowsTheFirstViewAndOneThatJumpsAheadPicksUpTheTurn() {
        assertThat(rotation.at(START.minusSeconds(3_600))).isEqualTo(Screen.OVERVIEW);
        assertThat(rotation.at(START.plusSeconds(86_400 + 25))).isEqualTo(Screen.MAP);
    }

    @Test
    void aPreemptionHoldsItsViewUntilItEnds() {
        rotation.preempt(Screen.REPORTS, START.plusSeconds(30));

        assertThat(rotation.at(START.plusSeconds(29))).isEqualTo(Screen.REPORTS);
        assertThat(rotation.at(START.plusSeconds(30))).isEqualTo(Screen.MAP);
    }

    @Test
    void aSingleViewNeverMoves() {
        Rotation single = new Rotation(List.of(Screen.MAP), 0, START);

        assertThat(single.at(START.plusSeconds(1_000))).isEqualTo(Screen.MAP);
    }
}
