package org.iocconsole.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The ticker's motion on a virtual clock of nanoseconds: no toolkit, no waiting. */
class TickerMotionTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 5_000 * SECOND;

    private final TickerMotion motion = new TickerMotion(4);

    @Test
    void newTextStartsAtTheLeftEdgeAndMovesLeftAtItsSpeed() {
        motion.resize(50);
        motion.restart(100, 4, T0);

        assertThat(motion.offsetAt(T0)).isZero();
        assertThat(motion.offsetAt(T0 + SECOND)).isCloseTo(-4, within(1e-9));
        assertThat(motion.offsetAt(T0 + 10 * SECOND)).isCloseTo(-40, within(1e-9));
    }

    @Test
    void itGoesRoundWithoutEndOneTurnBeingTheTextAndTheGap() {
        motion.resize(50);
        motion.restart(100, 4, T0);

        assertThat(motion.turn()).isEqualTo(104);
        // 104 ems at 4 a second: a whole turn in 26 s, back where it began.
        assertThat(motion.offsetAt(T0 + 26 * SECOND)).isZero();
        assertThat(motion.offsetAt(T0 + 27 * SECOND)).isCloseTo(-4, within(1e-9));
        assertThat(motion.offsetAt(T0 + 26 * 1000 * SECOND + SECOND)).isCloseTo(-4, within(1e-6));
    }

    @Test
    void shortTextGoesRoundTheWholeWidthSoTheSecondCopyNeverOverlaps() {
        motion.resize(80);
        motion.restart(10, 4, T0);

        assertThat(motion.turn()).isEqualTo(80);
        assertThat(motion.offsetAt(T0 + 19 * SECOND)).isCloseTo(-76, within(1e-9));
        assertThat(motion.offsetAt(T0 + 20 * SECOND)).isZero();
    }

    @Test
    void hoveringHoldsTheTextStillAndLeavingGoesOnFromThere() {
        motion.resize(50);
        motion.restart(100, 4, T0);
        motion.pause(T0 + 2 * SECOND);

        assertThat(motion.paused()).isTrue();
        assertThat(motion.offsetAt(T0 + 2 * SECOND)).isCloseTo(-8, within(1e-9));
        assertThat(motion.offsetAt(T0 + 60 * SECOND)).isCloseTo(-8, within(1e-9));

        motion.resume(T0 + 60 * SECOND);
        assertThat(motion.offsetAt(T0 + 60 * SECOND)).isCloseTo(-8, within(1e-9));
        assertThat(motion.offsetAt(T0 + 61 * SECOND)).isCloseTo(-12, within(1e-9));
    }

    @Test
    void newAlertsWhilePausedStartAtTheLeftEdgeAndStayThereUntilThePointerLeaves() {
        motion.resize(50);
        motion.restart(100, 4, T0);
        motion.pause(T0 + 3 * SECOND);
        motion.restart(120, 4, T0 + 5 * SECOND);

        assertThat(motion.offsetAt(T0 + 30 * SECOND)).isZero();
        motion.resume(T0 + 30 * SECOND);
        assertThat(motion.offsetAt(T0 + 31 * SECOND)).isCloseTo(-4, within(1e-9));
    }

    @Test
    void aClockThatStepsBackNeverMovesTheTextTheWrongWay() {
        motion.resize(50);
        motion.restart(100, 4, T0);

        assertThat(motion.offsetAt(T0 - 10 * SECOND)).isZero();
    }

    @Test
    void nothingToShowStandsStillAndAStandingTickerIsRefused() {
        assertThat(motion.offsetAt(T0)).isZero();
        motion.restart(0, 0, T0);
        assertThat(motion.offsetAt(T0 + SECOND)).isZero();
        assertThatThrownBy(() -> new TickerMotion(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
