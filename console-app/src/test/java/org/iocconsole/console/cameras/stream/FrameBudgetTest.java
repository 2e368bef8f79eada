package org.iocconsole.console.cameras.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The frame rate of each tile falls as more tiles show, and pacing keeps a jittery source at its full rate. */
class FrameBudgetTest {
    private static final long MS = 1_000_000;

    @Test
    void theRatePerTileFallsWithTheNumberOfVisibleTiles() {
        FrameBudget budget = FrameBudget.defaults();
        assertThat(budget.targetFps()).isEqualTo(25);
        for (int i = 0; i < 16; i++) {
            budget.tileShown();
        }
        assertThat(budget.targetFps()).isEqualTo(10);
        for (int i = 0; i < 9; i++) {
            budget.tileShown();
        }
        assertThat(budget.targetFps()).isEqualTo(6.4);
        for (int i = 0; i < 100; i++) {
            budget.tileHidden();
        }
        assertThat(budget.visibleTiles()).isZero();
    }

    @Test
    void aJitterySourceAtTheTargetRateKeepsItsRateAndAFasterOneIsThinned() {
        FrameBudget budget = new FrameBudget(10, 1, 10);
        SplittableRandom random = new SplittableRandom(1);
        assertThat(admitted(budget, 100, () -> random.nextInt(-20, 21))).isBetween(98, 100);
        assertThat(admitted(budget, 33, () -> 0)).isBetween(99, 101);
        assertThat(admitted(budget, 20, () -> 0)).isBetween(99, 101);
    }

    /** Frames admitted out of ten seconds of a source with this period (ms) and jitter. */
    private static int admitted(FrameBudget budget, int periodMs, java.util.function.IntSupplier jitterMs) {
        long due = 0;
        int admitted = 0;
        for (long t = 0; t < 10_000; t += periodMs) {
            long next = budget.admit(due, (t + jitterMs.getAsInt()) * MS);
            if (next >= 0) {
                due = next;
                admitted++;
            }
        }
        return admitted;
    }
}
