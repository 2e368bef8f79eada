package org.iocconsole.sync.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.NoticeAlerts;
import org.iocconsole.sync.cache.Sql;
import org.iocconsole.sync.model.Notice;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OperatorAction;
import org.jdbi.v3.core.Handle;

/**
 * Alert rules and alerts in the cache. An evaluation raises an alert for a condition that has none active, updates
 * the active one otherwise (reopening it when it got worse), and clears active alerts whose condition no longer
 * holds. Acknowledging goes through the outbox and the audit log. Thread-safe; blocking, call off the FX thread.
 */
public final class AlertStore {
    /** The operator action that acknowledges an alert (docs/api/actions.md). */
    public static final String ACKNOWLEDGE = "alert.acknowledge";

    private static final String COLUMNS = "alert_id, rule_id, kind, subject, severity, observed, threshold, state, "
            + "raised_at, updated_at, acknowledged_by, acknowledged_at, title_vi, title_en, text_vi, text_en";

    private final CacheDatabase database;

    public AlertStore(CacheDatabase database) {
        this.database = database;
    }

    public List<AlertRule> rules() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT rule_id, kind, subject, threshold, severity, enabled FROM alert_rule ORDER BY rule_id")
                .map((rs, ctx) -> new AlertRule(
                        rs.getString("rule_id"),
                        AlertKind.fromWire(rs.getString("kind")),
                        rs.getString("subject"),
                        Sql.nullableDouble(rs, "threshold"),
                        Severity.fromWire(rs.getString("severity")),
                        rs.getBoolean("enabled")))
                .list());
    }

    /** Adds or replaces a rule (a local edit). */
    public void saveRule(AlertRule rule, Instant now) {
        database.jdbi().useTransaction(tx -> {
            tx.createUpdate("DELETE FROM alert_rule WHERE rule_id = :id")
                    .bind("id", rule.ruleId())
                    .execute();
            tx.createUpdate("INSERT INTO alert_rule (rule_id, kind, subject, threshold, severity, enabled, updated_at) "
                            + "VALUES (:id, :kind, :subject, :threshold, :severity, :enabled, :at)")
                    .bind("id", rule.ruleId())
                    .bind("kind", rule.kind().wireName())
                    .bind("subject", rule.subject())
                    .bind("threshold", rule.threshold())
                    .bind("severity", rule.severity().wireName())
                    .bind("enabled", rule.enabled())
                    .bind("at", Sql.utc(now))
                    .execute();
        });
    }

    /** Removes a rule; its alerts clear at the next evaluation. */
    public void deleteRule(String ruleId) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM alert_rule WHERE rule_id = :id")
                .bind("id", ruleId)
                .execute());
    }

    /** Open and acknowledged alerts, most severe first, then newest first. */
    public List<Alert> active() {
        return database.jdbi().withHandle(h -> h
                .createQuery(
                        "SELECT " + COLUMNS + " FROM alert WHERE state <> 'cleared' ORDER BY raised_at DESC, alert_id")
                .map((rs, ctx) -> alert(rs))
                .list()
                .stream()
                .sorted((a, b) -> b.severity().compareTo(a.severity()))
                .toList());
    }

    public Optional<Alert> find(String alertId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM alert WHERE alert_id = :id")
                .bind("id", alertId)
                .map((rs, ctx) -> alert(rs))
                .findOne());
    }

    /**
     * Brings the alerts in line with the conditions found at {@code now}, in one transaction.
     *
     * @return the alerts raised or reopened now, for notifications
     */
    public List<Alert> apply(List<AlertCondition> conditions, Instant now) {
        return database.jdbi().inTransaction(tx -> {
            Map<String, Alert> active = new HashMap<>();
            // The province's own alerts follow its notices, not the rules.
            for (Alert alert : tx.createQuery(
                            "SELECT " + COLUMNS + " FROM alert WHERE state <> 'cleared' AND kind <> :notice")
                    .bind("notice", NoticeAlerts.KIND)
                    .map((rs, ctx) -> alert(rs))
                    .list()) {
                active.put(alert.ruleId() + "/" + (alert.subject() == null ? "-" : alert.subject()), alert);
            }
            Map<String, AlertCondition> holding = new LinkedHashMap<>();
            conditions.forEach(c -> holding.put(c.key(), c));
            List<String> raised = new ArrayList<>();
            for (AlertCondition condition : holding.values()) {
                Alert current = active.remove(condition.key());
                if (current == null) {
                    String id = condition.key() + "/" + now.toEpochMilli();
                    insert(tx, id, condition, now);
                    raised.add(id);
                } else {
                    boolean worse = condition.severity().compareTo(current.severity()) > 0;
                    tx.createUpdate("UPDATE alert SET severity = :severity, observed = :observed, "
                                    + "threshold = :threshold, updated_at = :at"
                                    + (worse ? ", state = 'open', acknowledged_by = NULL, acknowledged_at = NULL" : "")
                                    + " WHERE alert_id = :id")
                            .bind("severity", condition.severity().wireName())
                            .bind("observed", condition.observed())
                            .bind("threshold", condition.threshold())
                            .bind("at", Sql.utc(now))
                            .bind("id", current.alertId())
                            .execute();
                    if (worse) {
                        raised.add(current.alertId());
                    }
                }
            }
            for (Alert gone : active.values()) {
                tx.createUpdate("UPDATE alert SET state = 'cleared', cleared_at = :at, updated_at = :at "
                                + "WHERE alert_id = :id")
                        .bind("at", Sql.utc(now))
                        .bind("id", gone.alertId())
                        .execute();
            }
            List<Alert> result = new ArrayList<>();
            for (String id : raised) {
                result.add(tx.createQuery("SELECT " + COLUMNS + " FROM alert WHERE alert_id = :id")
                        .bind("id", id)
                        .map((rs, ctx) -> alert(rs))
                        .one());
            }
            return result;
        });
    }

    /**
     * The province's own alerts synced open (or reopened) since the last call, oldest first, now marked as announced
     * so each is shown once.
     */
    public List<Alert> announceNotices() {
        return database.jdbi().inTransaction(tx -> {
            List<Alert> fresh = tx.createQuery("SELECT " + COLUMNS + " FROM alert WHERE kind = :notice "
                            + "AND state = 'open' AND announced = FALSE ORDER BY raised_at, alert_id")
                    .bind("notice", NoticeAlerts.KIND)
                    .map((rs, ctx) -> alert(rs))
                    .list();
            for (Alert alert : fresh) {
                tx.createUpdate("UPDATE alert SET announced = TRUE WHERE alert_id = :id")
                        .bind("id", alert.alertId())
                        .execute();
            }
            return fresh;
        });
    }

    private static void insert(Handle tx, String id, AlertCondition condition, Instant now) {
        tx.createUpdate("INSERT INTO alert (alert_id, rule_id, kind, subject, severity, observed, threshold, state, "
                        + "raised_at, updated_at) VALUES (:id, :rule, :kind, :subject, :severity, :observed, "
                        + ":threshold, 'open', :at, :at)")
                .bind("id", id)
                .bind("rule", condition.ruleId())
                .bind("kind", condition.kind().wireName())
                .bind("subject", condition.subject())
                .bind("severity", condition.severity().wireName())
                .bind("observed", condition.observed())
                .bind("threshold", condition.threshold())
                .bind("at", Sql.utc(now))
                .execute();
    }

    /**
     * Acknowledges an open alert: the local change, the outbox row and the audit entry in one transaction.
     *
     * @return false when the alert is not open (already acknowledged, cleared or unknown); nothing is recorded then
     */
    public boolean acknowledge(ActionRecorder recorder, String alertId, String actor, Instant now) {
        Optional<Alert> alert = find(alertId);
        if (alert.isEmpty() || alert.get().state() != AlertState.OPEN) {
            return false;
        }
        Alert a = alert.get();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("rule", a.ruleId());
        payload.put("severity", a.severity().wireName());
        if (a.subject() != null) {
            payload.put("subject", a.subject());
        }
        recorder.record(
                new OperatorAction(ACKNOWLEDGE, alertId, payload, actor, now, a.updatedAt()),
                tx -> tx.createUpdate("UPDATE alert SET state = 'acknowledged', acknowledged_by = :actor, "
                                + "acknowledged_at = :at WHERE alert_id = :id AND state = 'open'")
                        .bind("actor", actor)
                        .bind("at", Sql.utc(now))
                        .bind("id", alertId)
                        .execute());
        return true;
    }

    private static Alert alert(ResultSet rs) throws SQLException {
        return new Alert(
                rs.getString("alert_id"),
                rs.getString("rule_id"),
                AlertKind.fromWire(rs.getString("kind")),
                rs.getString("subject"),
                Severity.fromWire(rs.getString("severity")),
                Sql.nullableDouble(rs, "observed"),
                Sql.nullableDouble(rs, "threshold"),
                AlertState.fromWire(rs.getString("state")),
                Sql.instant(rs, "raised_at"),
                Sql.instant(rs, "updated_at"),
                rs.getString("acknowledged_by"),
                Sql.instant(rs, "acknowledged_at"),
                new Notice.Texts(rs.getString("title_vi"), rs.getString("title_en")),
                new Notice.Texts(rs.getString("text_vi"), rs.getString("text_en")));
    }
}
