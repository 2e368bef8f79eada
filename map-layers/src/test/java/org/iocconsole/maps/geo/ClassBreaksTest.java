package org.iocconsole.maps.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iocconsole.maps.geo.ClassBreaks.Method;
import org.junit.jupiter.api.Test;

class ClassBreaksTest {
    private static final double[] SKEWED = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100};

    @Test
    void quantilePutsAsManyValuesInEachClass() {
        assertThat(ClassBreaks.of(Method.QUANTILE, SKEWED, 5)).containsExactly(2, 4, 6, 8, 100);
    }

    @Test
    void equalIntervalSplitsTheRangeEvenly() {
        assertThat(ClassBreaks.of(Method.EQUAL_INTERVAL, new double[] {0, 10, 20, 40}, 4))
                .containsExactly(10, 20, 30, 40);
    }

    @Test
    void naturalBreaksSeparateTheGroupsOfValues() {
        double[] groups = {1, 2, 3, 20, 21, 22, 50, 51, 52};
        assertThat(ClassBreaks.of(Method.NATURAL_BREAKS, groups, 3)).containsExactly(3, 22, 52);
        // The outlier gets a class of its own.
        assertThat(ClassBreaks.of(Method.NATURAL_BREAKS, SKEWED, 2)).containsExactly(9, 100);
    }

    @Test
    void fewerDistinctValuesGiveFewerClassesAndNothingGivesNone() {
        assertThat(ClassBreaks.of(Method.NATURAL_BREAKS, new double[] {5, 5, 7}, 5))
                .containsExactly(5, 7);
        assertThat(ClassBreaks.of(Method.QUANTILE, new double[] {Double.NaN}, 5))
                .isEmpty();
        assertThatThrownBy(() -> ClassBreaks.of(Method.QUANTILE, SKEWED, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesFallIntoTheFirstClassWhoseBoundHoldsThem() {
        double[] breaks = {2, 4, 100};
        assertThat(ClassBreaks.classOf(breaks, 1)).isZero();
        assertThat(ClassBreaks.classOf(breaks, 2)).isZero();
        assertThat(ClassBreaks.classOf(breaks, 3)).isEqualTo(1);
        assertThat(ClassBreaks.classOf(breaks, 100)).isEqualTo(2);
        assertThat(ClassBreaks.classOf(breaks, Double.NaN)).isEqualTo(-1);
    }
}
