package org.iocconsole.sync.alert;

import java.time.Instant;
import org.iocconsole.sync.model.Notice;

/**
 * An alert as stored (table {@code alert}). Immutable.
 *
 * @param title what a province's own alert ({@link AlertKind#NOTICE}) says in a word; empty for the rules' alerts
 * @param text what it says at length; empty for the rules' alerts
 */
public record Alert(
        String alertId,
        String ruleId,
        AlertKind kind,
        String subject,
        Severity severity,
        Double observed,
        Double threshold,
        AlertState state,
        Instant raisedAt,
        Instant updatedAt,
        String acknowledgedBy,
        Instant acknowledgedAt,
        Notice.Texts title,
        Notice.Texts text) {

    public Alert {
        title = title == null ? Notice.Texts.NONE : title;
        text = text == null ? Notice.Texts.NONE : text;
    }

    /** An alert of a rule, which has no title or text of its own. */
    public Alert(
            String alertId,
            String ruleId,
            AlertKind kind,
            String subject,
            Severity severity,
            Double observed,
            Double threshold,
            AlertState state,
            Instant raisedAt,
            Instant updatedAt,
            String acknowledgedBy,
            Instant acknowledgedAt) {
        this(
                alertId,
                ruleId,
                kind,
                subject,
                severity,
                observed,
                threshold,
                state,
                raisedAt,
                updatedAt,
                acknowledgedBy,
                acknowledgedAt,
                Notice.Texts.NONE,
                Notice.Texts.NONE);
    }
}
