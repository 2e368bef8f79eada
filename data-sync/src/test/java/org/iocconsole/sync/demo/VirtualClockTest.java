package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
    private static final Instant ANCHOR = Instant.parse("2026-11-22T01:30:00Z");

    @Test
    void manualClockStaysUntilAdvanced() throws InterruptedException {
        VirtualClock clock = VirtualClock.manual(ANCHOR);
        Thread.sleep(20);
        assertThat(clock.instant()).isEqualTo(ANCHOR);
        clock.advance(Duration.ofHours(3));
        assertThat(clock.instant()).isEqualTo(ANCHOR.plus(Duration.ofHours(3)));
        assertThat(clock.anchor()).isEqualTo(ANCHOR);
        assertThat(clock.isManual()).isTrue();
        assertThat(clock.isPaused()).isTrue();
    }

    @Test
    void runningClockMovesAtItsSpeedAndPauses() throws InterruptedException {
        VirtualClock clock = VirtualClock.running(ANCHOR, 3600);
        Thread.sleep(50);
        Instant moved = clock.instant();
        assertThat(Duration.between(ANCHOR, moved)).isGreaterThanOrEqualTo(Duration.ofSeconds(150));

        clock.pause();
        Instant paused = clock.instant();
        Thread.sleep(30);
        assertThat(clock.instant()).isEqualTo(paused);

        clock.resume();
        clock.setSpeed(1);
        Thread.sleep(30);
        assertThat(Duration.between(paused, clock.instant())).isBetween(Duration.ofMillis(25), Duration.ofSeconds(5));
    }

    @Test
    void zoneViewsShareTheTime() {
        VirtualClock clock = VirtualClock.manual(ANCHOR);
        VirtualClock hanoi = clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
        clock.advance(Duration.ofMinutes(5));
        assertThat(hanoi.instant()).isEqualTo(clock.instant());
        assertThat(hanoi.getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(hanoi.anchor()).isEqualTo(ANCHOR);
    }

    @Test
    void refusesToGoBackOrToBeSteeredWhenManual() {
        VirtualClock clock = VirtualClock.manual(ANCHOR);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(clock::pause).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> clock.setSpeed(2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> VirtualClock.running(ANCHOR, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
