package org.iocconsole.sync.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Period;
import org.junit.jupiter.api.Test;

class IndicatorEditTest {
    private static final Indicator ON_TIME = new Indicator(
            "PS_ONTIME_RATE",
            "Tỷ lệ hồ sơ đúng hạn",
            "Dossiers on time",
            "public_services",
            "%",
            Indicator.Direction.HIGHER_BETTER,
            Period.Kind.MONTH,
            95.0,
            90.0,
            85.0,
            Instant.EPOCH);

    private static IndicatorEdit levels(Double target, Double warning, Double critical) {
        return new IndicatorEdit(ON_TIME.code(), null, null, null, null, target, warning, critical);
    }

    @Test
    void levelsMustFallAwayFromTheTargetInTheIndicatorsDirection() {
        assertThat(levels(98.0, 92.0, 80.0).problems(ON_TIME)).isEmpty();
        assertThat(levels(null, 96.0, null).problems(ON_TIME)).containsExactly("catalog.problem.order.higher");
        assertThat(levels(null, null, 91.0).problems(ON_TIME)).containsExactly("catalog.problem.order.higher");

        IndicatorEdit lowerBetter =
                new IndicatorEdit(ON_TIME.code(), null, null, null, Indicator.Direction.LOWER_BETTER, 10.0, 20.0, 30.0);
        assertThat(lowerBetter.problems(ON_TIME)).isEmpty();
        IndicatorEdit flipped =
                new IndicatorEdit(ON_TIME.code(), null, null, null, Indicator.Direction.LOWER_BETTER, null, null, null);
        assertThat(flipped.problems(ON_TIME)).containsExactly("catalog.problem.order.lower");
    }

    @Test
    void aTargetOfZeroIsAcceptedButABlankNameOrANonNumberIsNot() {
        assertThat(levels(0.0, 0.0, 0.0).problems(ON_TIME)).isEmpty();
        assertThat(new IndicatorEdit(ON_TIME.code(), " ", null, null, null, null, null, null).problems(ON_TIME))
                .containsExactly("catalog.problem.name");
        assertThat(levels(Double.NaN, null, null).problems(ON_TIME)).containsExactly("catalog.problem.number");
        assertThat(new IndicatorEdit(ON_TIME.code(), null, null, "x".repeat(33), null, null, null, null)
                        .problems(ON_TIME))
                .containsExactly("catalog.problem.unit");
    }

    @Test
    void localValuesReplaceOnlyWhatTheySet() {
        Indicator used =
                new IndicatorEdit(ON_TIME.code(), "Đúng hạn", null, null, null, 97.0, null, null).over(ON_TIME);

        assertThat(used.nameVi()).isEqualTo("Đúng hạn");
        assertThat(used.nameEn()).isEqualTo("Dossiers on time");
        assertThat(used.target()).isEqualTo(97.0);
        assertThat(used.warning()).isEqualTo(90.0);
        assertThat(IndicatorEdit.none("X").isEmpty()).isTrue();
    }
}
