package org.iocconsole.sync.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iocconsole.sync.model.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the alerts a province raises itself in step with its notices of kind alert, inside the page's transaction:
 * each becomes an alert (table {@code alert}) under a stable id derived from the notice id, raised at the notice's
 * issue time, cleared when the notice is. Every value comes from the notice, so a replayed drill writes the same rows.
 * Stateless and thread-safe.
 */
public final class NoticeAlerts {
    /** The rule id and kind of these alerts (AlertKind.NOTICE). */
    public static final String RULE = "notices";

    public static final String KIND = "notice";

    private static final Logger LOG = LoggerFactory.getLogger(NoticeAlerts.class);
    private static final Set<String> LEVELS = Set.of("info", "warning", "critical");
    private static final String DEFAULT_LEVEL = "warning";

    private NoticeAlerts() {}

    /** {@code notice/alert-3}: the alert of a notice. */
    public static String alertId(String noticeId) {
        return KIND + "/" + noticeId;
    }

    /** The severity of an alert notice's level; an unknown or missing level is a warning (and logged). */
    static String severity(Notice notice) {
        String level = notice.level() == null ? "" : notice.level().trim().toLowerCase(Locale.ROOT);
        if (LEVELS.contains(level)) {
            return level;
        }
        LOG.warn(
                "Alert notice {} has level \"{}\", not info, warning or critical; it is shown as a warning",
                notice.noticeId(),
                notice.level());
        return DEFAULT_LEVEL;
    }

    static void written(Connection connection, List<Notice> notices) throws SQLException {
        for (Notice notice : notices) {
            if (!Notice.ALERT.equals(notice.kind())) {
                removed(connection, List.of(notice.noticeId()));
                continue;
            }
            if (notice.title().vi().isBlank()) {
                LOG.warn("Alert notice {} has no title; it is shown with a general one", notice.noticeId());
            }
            String severity = severity(notice);
            String id = alertId(notice.noticeId());
            String state;
            String oldSeverity;
            try (PreparedStatement find =
                    connection.prepareStatement("SELECT state, severity FROM alert WHERE alert_id = ?")) {
                find.setString(1, id);
                try (ResultSet rs = find.executeQuery()) {
                    state = rs.next() ? rs.getString("state") : null;
                    oldSeverity = state == null ? null : rs.getString("severity");
                }
            }
            if (state == null) {
                insert(connection, id, notice, severity);
            } else {
                boolean reopen =
                        notice.clearedAt() == null && ("cleared".equals(state) || rank(severity) > rank(oldSeverity));
                update(connection, id, notice, severity, reopen);
            }
        }
    }

    /** Notices deleted by the province take their alerts with them. */
    static void removed(Connection connection, List<String> noticeIds) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM alert WHERE alert_id = ?")) {
            for (String noticeId : noticeIds) {
                delete.setString(1, alertId(noticeId));
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static void insert(Connection connection, String id, Notice notice, String severity) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alert (alert_id, rule_id, kind, "
                + "severity, state, raised_at, updated_at, cleared_at, title_vi, title_en, text_vi, text_en, "
                + "announced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean cleared = notice.clearedAt() != null;
            insert.setString(1, id);
            insert.setString(2, RULE);
            insert.setString(3, KIND);
            insert.setString(4, severity);
            insert.setString(5, cleared ? "cleared" : "open");
            Sql.setInstant(insert, 6, notice.issuedAt());
            Sql.setInstant(insert, 7, notice.updatedAt());
            Sql.setInstant(insert, 8, notice.clearedAt());
            texts(insert, 9, notice);
            // An alert already cleared when it arrives is history: nothing to announce.
            insert.setBoolean(13, cleared);
            insert.executeUpdate();
        }
    }

    private static void update(Connection connection, String id, Notice notice, String severity, boolean reopen)
            throws SQLException {
        String state = notice.clearedAt() != null
                ? "state = 'cleared', "
                : reopen ? "state = 'open', acknowledged_by = NULL, acknowledged_at = NULL, announced = FALSE, " : "";
        try (PreparedStatement update = connection.prepareStatement("UPDATE alert SET " + state
                + "severity = ?, updated_at = ?, cleared_at = ?, title_vi = ?, title_en = ?, text_vi = ?, "
                + "text_en = ? WHERE alert_id = ?")) {
            update.setString(1, severity);
            Sql.setInstant(update, 2, notice.updatedAt());
            Sql.setInstant(update, 3, notice.clearedAt());
            texts(update, 4, notice);
            update.setString(8, id);
            update.executeUpdate();
        }
    }

    private static void texts(PreparedStatement ps, int first, Notice notice) throws SQLException {
        ps.setString(first, blankToNull(Sql.clip(notice.title().vi(), 1000)));
        ps.setString(first + 1, blankToNull(Sql.clip(notice.title().en(), 1000)));
        ps.setString(first + 2, blankToNull(Sql.clip(notice.text().vi(), 4000)));
        ps.setString(first + 3, blankToNull(Sql.clip(notice.text().en(), 4000)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static int rank(String severity) {
        return switch (severity == null ? "" : severity) {
            case "critical" -> 2;
            case "warning" -> 1;
            default -> 0;
        };
    }
}
