package org.iocconsole.sync.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iocconsole.sync.kpi.KpiReading;
import org.iocconsole.sync.kpi.KpiStatus;
import org.iocconsole.sync.model.SyncState;

/** Evaluates alert rules against figures read at one instant. Pure and stateless. */
public final class AlertRules {
    private AlertRules() {}

    /** The conditions that hold, in rule order; disabled rules and rules without a threshold fire nothing. */
    public static List<AlertCondition> evaluate(List<AlertRule> rules, AlertInputs inputs) {
        List<AlertCondition> fired = new ArrayList<>();
        for (AlertRule rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            switch (rule.kind()) {
                case OVERDUE_REPORTS -> above(rule, (double) inputs.counts().reportsOverdue(), fired);
                case CAMERAS_OFFLINE_SHARE -> {
                    long cameras = inputs.counts().cameras();
                    if (cameras > 0) {
                        above(rule, inputs.counts().camerasOffline() * 100.0 / cameras, fired);
                    }
                }
                case SOURCE_STALE -> stale(rule, inputs, fired);
                case INDICATOR -> indicators(rule, inputs.indicators(), fired);
                case NOTICE -> {
                    // raised by the province's notices as they are synced, not by an evaluation
                }
            }
        }
        return fired;
    }

    private static void above(AlertRule rule, double observed, List<AlertCondition> fired) {
        if (rule.threshold() != null && observed > rule.threshold()) {
            fired.add(new AlertCondition(
                    rule.ruleId(), rule.kind(), rule.subject(), rule.severity(), observed, rule.threshold()));
        }
    }

    /** A source never synced is stale too: its figures are as of nothing. */
    private static void stale(AlertRule rule, AlertInputs inputs, List<AlertCondition> fired) {
        if (rule.threshold() == null) {
            return;
        }
        Duration limit = Duration.ofSeconds(Math.round(rule.threshold() * 3600));
        for (SyncState source : inputs.sources()) {
            if (rule.subject() != null && !rule.subject().equals(source.sourceId())) {
                continue;
            }
            if (source.lastSuccessAt() == null) {
                fired.add(new AlertCondition(
                        rule.ruleId(), rule.kind(), source.sourceId(), rule.severity(), null, rule.threshold()));
                continue;
            }
            Duration since = Duration.between(source.lastSuccessAt(), inputs.now());
            if (since.compareTo(limit) > 0) {
                fired.add(new AlertCondition(
                        rule.ruleId(),
                        rule.kind(),
                        source.sourceId(),
                        rule.severity(),
                        since.toMinutes() / 60.0,
                        rule.threshold()));
            }
        }
    }

    private static void indicators(AlertRule rule, Map<String, KpiReading> readings, List<AlertCondition> fired) {
        for (Map.Entry<String, KpiReading> entry : new TreeMap<>(readings).entrySet()) {
            if (rule.subject() != null && !rule.subject().equals(entry.getKey())) {
                continue;
            }
            KpiReading reading = entry.getValue();
            Severity severity =
                    switch (reading.status()) {
                        case CRITICAL -> Severity.CRITICAL;
                        case WARNING -> Severity.WARNING;
                        default -> null;
                    };
            if (severity != null) {
                Double level = reading.status() == KpiStatus.CRITICAL
                        ? reading.thresholds().critical()
                        : reading.thresholds().warning();
                fired.add(new AlertCondition(
                        rule.ruleId(),
                        rule.kind(),
                        entry.getKey(),
                        severity,
                        reading.current().value(),
                        level));
            }
        }
    }
}
