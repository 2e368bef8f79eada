package org.iocconsole.sync.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.iocconsole.sync.model.Notice;

final class NoticeRows extends RowWriter<Notice> {
    NoticeRows() {
        super(
                "notice",
                List.of("notice_id"),
                List.of(
                        "notice_id",
                        "kind",
                        "level",
                        "area_kind",
                        "title_vi",
                        "title_en",
                        "text_vi",
                        "text_en",
                        "sender",
                        "unit_code",
                        "polygon",
                        "issued_at",
                        "cleared_at",
                        "updated_at",
                        "synced_at"));
    }

    @Override
    String key(Notice row) {
        return row.noticeId();
    }

    @Override
    Object[] values(Notice row, Instant syncedAt) {
        return new Object[] {
            row.noticeId(),
            row.kind(),
            row.level(),
            row.areaKind(),
            Sql.clip(row.title().vi(), 1000),
            Sql.clip(row.title().en(), 1000),
            Sql.clip(row.text().vi(), 4000),
            Sql.clip(row.text().en(), 4000),
            Sql.clip(row.sender(), 300),
            row.unitCode(),
            row.polygon().isEmpty() ? null : polygon(row.polygon()),
            Sql.utc(row.issuedAt()),
            row.clearedAt() == null ? null : Sql.utc(row.clearedAt()),
            Sql.utc(row.updatedAt()),
            Sql.utc(syncedAt)
        };
    }

    /** A notice of kind alert is an alert too (see {@link NoticeAlerts}). */
    @Override
    void afterUpsert(Connection connection, List<Notice> inserted, List<Notice> updated) throws SQLException {
        List<Notice> written = new ArrayList<>(inserted);
        written.addAll(updated);
        NoticeAlerts.written(connection, written);
    }

    @Override
    void afterDelete(Connection connection, List<String> keys) throws SQLException {
        NoticeAlerts.removed(connection, keys);
    }

    /** {@code lon lat,lon lat,...}, read back by {@link NoticeQueries}. */
    static String polygon(List<double[]> corners) {
        return corners.stream()
                .map(c -> String.format(Locale.ROOT, "%s %s", c[0], c[1]))
                .collect(Collectors.joining(","));
    }
}
