package org.iocconsole.sync.cache;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.sync.model.Notice;

/** The province's notices as cached: alerts, affected areas and messages to the operators. Thread-safe; off the FX thread. */
public final class NoticeQueries {
    private static final String COLUMNS = "SELECT notice_id, kind, level, area_kind, title_vi, title_en, text_vi, "
            + "text_en, sender, unit_code, polygon, issued_at, cleared_at, updated_at FROM notice ";

    private final CacheDatabase database;

    public NoticeQueries(CacheDatabase database) {
        this.database = database;
    }

    /** The latest alerts and messages, newest first, at most {@code limit}. */
    public List<Notice> latestAlertsAndMessages(int limit) {
        return database.jdbi().withHandle(handle -> handle.createQuery(COLUMNS
                        + "WHERE kind IN ('alert', 'message') ORDER BY issued_at DESC, notice_id DESC "
                        + "FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit)
                .map((rs, ctx) -> notice(rs))
                .list());
    }

    /** The areas affected now (not cleared), oldest first. */
    public List<Notice> activeAreas() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        COLUMNS + "WHERE kind = 'area' AND cleared_at IS NULL ORDER BY issued_at, notice_id")
                .map((rs, ctx) -> notice(rs))
                .list());
    }

    private static Notice notice(ResultSet rs) throws SQLException {
        return new Notice(
                rs.getString("notice_id"),
                rs.getString("kind"),
                rs.getString("level"),
                rs.getString("area_kind"),
                new Notice.Texts(rs.getString("title_vi"), rs.getString("title_en")),
                new Notice.Texts(rs.getString("text_vi"), rs.getString("text_en")),
                rs.getString("sender"),
                rs.getString("unit_code"),
                polygon(rs.getString("polygon")),
                Sql.instant(rs, "issued_at"),
                Sql.instant(rs, "cleared_at"),
                Sql.instant(rs, "updated_at"));
    }

    /** Reads what {@link NoticeRows#polygon} wrote. */
    private static List<double[]> polygon(String text) {
        List<double[]> corners = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return corners;
        }
        for (String corner : text.split(",")) {
            String[] lonLat = corner.trim().split(" ");
            corners.add(new double[] {Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1])});
        }
        return corners;
    }
}
