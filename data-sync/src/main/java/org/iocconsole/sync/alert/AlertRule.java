package org.iocconsole.sync.alert;

import java.util.Objects;

/**
 * A rule the alerts come from (table {@code alert_rule}). Immutable.
 *
 * @param subject the indicator code or source id the rule is limited to; null for all
 * @param threshold the count, percentage or hours above which the rule fires; unused for indicators
 * @param severity the alert's severity; indicator alerts take it from the level crossed
 */
public record AlertRule(
        String ruleId, AlertKind kind, String subject, Double threshold, Severity severity, boolean enabled) {

    public AlertRule {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
    }
}
