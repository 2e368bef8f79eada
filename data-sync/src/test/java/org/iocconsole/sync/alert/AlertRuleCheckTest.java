package org.iocconsole.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertRuleCheckTest {
    private final AlertRuleCheck check = new AlertRuleCheck(Set.of("TRF_ACCIDENTS"), Set.of("open311"));

    private static AlertRule rule(AlertKind kind, String subject, Double threshold) {
        return new AlertRule("r", kind, subject, threshold, Severity.WARNING, true);
    }

    @Test
    void eachKindChecksItsOwnThreshold() {
        assertThat(check.problems(rule(AlertKind.OVERDUE_REPORTS, null, 50.0))).isEmpty();
        assertThat(check.problems(rule(AlertKind.OVERDUE_REPORTS, null, 0.0))).isEmpty();
        assertThat(check.problems(rule(AlertKind.OVERDUE_REPORTS, null, 2.5))).containsExactly("rules.problem.count");
        assertThat(check.problems(rule(AlertKind.OVERDUE_REPORTS, null, -1.0))).containsExactly("rules.problem.count");
        assertThat(check.problems(rule(AlertKind.OVERDUE_REPORTS, null, null))).containsExactly("rules.problem.count");
        assertThat(check.problems(rule(AlertKind.CAMERAS_OFFLINE_SHARE, null, 12.5)))
                .isEmpty();
        assertThat(check.problems(rule(AlertKind.CAMERAS_OFFLINE_SHARE, null, 100.0)))
                .containsExactly("rules.problem.share");
        assertThat(check.problems(rule(AlertKind.CAMERAS_OFFLINE_SHARE, null, -3.0)))
                .containsExactly("rules.problem.share");
        assertThat(check.problems(rule(AlertKind.SOURCE_STALE, "open311", 6.0))).isEmpty();
        assertThat(check.problems(rule(AlertKind.SOURCE_STALE, null, 0.0))).containsExactly("rules.problem.hours");
        assertThat(check.problems(rule(AlertKind.SOURCE_STALE, "nowhere", 6.0)))
                .containsExactly("rules.problem.source");
    }

    @Test
    void anIndicatorRuleNamesAKnownIndicatorOrNone() {
        assertThat(check.problems(rule(AlertKind.INDICATOR, null, null))).isEmpty();
        assertThat(check.problems(rule(AlertKind.INDICATOR, "TRF_ACCIDENTS", null)))
                .isEmpty();
        assertThat(check.problems(rule(AlertKind.INDICATOR, "NOPE", null))).containsExactly("rules.problem.indicator");
        assertThat(check.problems(new AlertRule(" ", AlertKind.INDICATOR, null, null, Severity.INFO, true)))
                .containsExactly("rules.problem.id");
    }
}
