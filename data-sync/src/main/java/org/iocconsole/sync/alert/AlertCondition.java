package org.iocconsole.sync.alert;

import java.util.Objects;

/**
 * A rule found true at an evaluation. Immutable.
 *
 * @param subject what it is true of (indicator code, source id); null for province-wide counts
 * @param observed the value that crossed the threshold; null when there is none (a source never synced)
 */
public record AlertCondition(
        String ruleId, AlertKind kind, String subject, Severity severity, Double observed, Double threshold) {

    public AlertCondition {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
    }

    /** The key under which one alert at a time stays active. */
    String key() {
        return ruleId + "/" + (subject == null ? "-" : subject);
    }
}
