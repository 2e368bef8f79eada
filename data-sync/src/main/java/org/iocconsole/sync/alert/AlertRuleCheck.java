package org.iocconsole.sync.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What keeps an alert rule from being saved, as message keys: an overdue count that is not a whole number of at least
 * zero, a share of cameras outside 0 to 100 %, a staleness of no hours, or a subject that is not a known indicator or
 * source. Immutable.
 */
public final class AlertRuleCheck {
    private final Set<String> indicators;
    private final Set<String> sources;

    /**
     * @param indicators the codes of the catalog's indicators
     * @param sources the ids of the configured sources
     */
    public AlertRuleCheck(Set<String> indicators, Set<String> sources) {
        this.indicators = Set.copyOf(indicators);
        this.sources = Set.copyOf(sources);
    }

    public List<String> problems(AlertRule rule) {
        List<String> problems = new ArrayList<>();
        if (rule.ruleId().isBlank()) {
            problems.add("rules.problem.id");
        }
        Double threshold = rule.threshold();
        switch (rule.kind()) {
            case INDICATOR -> {
                if (rule.subject() != null && !indicators.contains(rule.subject())) {
                    problems.add("rules.problem.indicator");
                }
            }
            case OVERDUE_REPORTS -> {
                if (threshold == null || threshold < 0 || threshold != Math.rint(threshold)) {
                    problems.add("rules.problem.count");
                }
            }
            case CAMERAS_OFFLINE_SHARE -> {
                if (threshold == null || threshold < 0 || threshold >= 100 || threshold.isNaN()) {
                    problems.add("rules.problem.share");
                }
            }
            case NOTICE -> problems.add("rules.problem.kind");
            case SOURCE_STALE -> {
                if (threshold == null || !(threshold > 0) || threshold.isInfinite()) {
                    problems.add("rules.problem.hours");
                }
                if (rule.subject() != null && !sources.contains(rule.subject())) {
                    problems.add("rules.problem.source");
                }
            }
        }
        return problems;
    }
}
