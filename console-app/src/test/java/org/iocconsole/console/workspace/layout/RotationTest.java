package org.iocconsole.console.workspace.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
        rotation.preempt(Screen.REPORTS, START, START.plusSeconds(30));

        assertThat(rotation.at(START.plusSeconds(29))).isEqualTo(Screen.REPORTS);
        assertThat(rotation.at(START.plusSeconds(30))).isEqualTo(Screen.MAP);
    }

    @Test
    void aClockSetBackBeforeAPreemptionEndsIt() {
        Instant raised = START.plusSeconds(3_600);
        rotation.preempt(Screen.REPORTS, raised, raised.plusSeconds(120));
        assertThat(rotation.preempted(raised.plusSeconds(10))).isTrue();

        // A drill sought back by an hour: the alert has not been raised yet on its clock.
        assertThat(rotation.preempted(raised.minusSeconds(1))).isFalse();
        assertThat(rotation.at(START.plusSeconds(20))).isEqualTo(Screen.MAP);
    }

    @Test
    void aSingleViewNeverMoves() {
        Rotation single = new Rotation(List.of(Screen.MAP), 0, START);

        assertThat(single.at(START.plusSeconds(1_000))).isEqualTo(Screen.MAP);
    }

    @Test
    void eachItemHoldsForItsOwnDwell() {
        ScreenSlot slot = new ScreenSlot(
                List.of(new PlaylistItem(Screen.OVERVIEW, 10), new PlaylistItem(Screen.MAP, 50)), List.of());
        Rotation own = new Rotation(slot, DaySchedule.DEFAULT, ZoneOffset.UTC, START);

        assertThat(own.at(START.plusSeconds(9))).isEqualTo(Screen.OVERVIEW);
        assertThat(own.at(START.plusSeconds(10))).isEqualTo(Screen.MAP);
        assertThat(own.at(START.plusSeconds(59))).isEqualTo(Screen.MAP);
        assertThat(own.at(START.plusSeconds(60))).isEqualTo(Screen.OVERVIEW);
    }

    @Test
    void theNightPlaylistTakesOverByTheClocksTimeOfDay() {
        // 01:00 UTC is 08:00 in Hà Nội: day. Night from 18:00 local, which is 11:00 UTC.
        ScreenSlot slot = new ScreenSlot(
                List.of(new PlaylistItem(Screen.OVERVIEW, 30), new PlaylistItem(Screen.MAP, 30)),
                List.of(new PlaylistItem(Screen.ALERTS, 0)));
        Rotation scheduled = new Rotation(slot, DaySchedule.DEFAULT, ZoneId.of("Asia/Ho_Chi_Minh"), START);

        assertThat(scheduled.at(START.plusSeconds(30))).isEqualTo(Screen.MAP);
        assertThat(scheduled.isNight(START)).isFalse();
        Instant evening = Instant.parse("2026-11-22T11:00:00Z");
        assertThat(scheduled.isNight(evening)).isTrue();
        assertThat(scheduled.at(evening)).isEqualTo(Screen.ALERTS);
        assertThat(scheduled.at(evening.plusSeconds(3_600 * 5))).isEqualTo(Screen.ALERTS);
        Instant nextMorning = Instant.parse("2026-11-22T23:00:00Z");
        assertThat(scheduled.isNight(nextMorning)).isFalse();
        assertThat(scheduled.at(nextMorning)).isIn(Screen.OVERVIEW, Screen.MAP);
    }

    @Test
    void aNightThatEndsAfterMidnightOrADayThatDoes() {
        DaySchedule usual = new DaySchedule(LocalTime.of(6, 0), LocalTime.of(22, 0));
        DaySchedule inverted = new DaySchedule(LocalTime.of(22, 0), LocalTime.of(6, 0));

        assertThat(usual.isNight(LocalTime.of(23, 0))).isTrue();
        assertThat(usual.isNight(LocalTime.of(5, 59))).isTrue();
        assertThat(usual.isNight(LocalTime.of(6, 0))).isFalse();
        assertThat(inverted.isNight(LocalTime.of(12, 0))).isTrue();
        assertThat(inverted.isNight(LocalTime.of(23, 0))).isFalse();
    }

    @Test
    void aPreemptionThatEndsReturnsToTheNightPlaylist() {
        ScreenSlot slot = new ScreenSlot(
                List.of(new PlaylistItem(Screen.OVERVIEW, 0)), List.of(new PlaylistItem(Screen.ALERTS, 0)));
        Instant evening = Instant.parse("2026-11-22T12:00:00Z");
        Rotation scheduled = new Rotation(slot, DaySchedule.DEFAULT, ZoneId.of("Asia/Ho_Chi_Minh"), START);

        scheduled.preempt(Screen.REPORTS, evening, evening.plusSeconds(120));
        assertThat(scheduled.at(evening)).isEqualTo(Screen.REPORTS);
        assertThat(scheduled.preempted(evening)).isTrue();
        assertThat(scheduled.at(evening.plusSeconds(120))).isEqualTo(Screen.ALERTS);
    }
}
