package org.iocconsole.sync.cache;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Counts for the overview, answered from the cache. Thread-safe; call off the FX thread. */
public final class OverviewQueries {
    private final CacheDatabase database;

    public OverviewQueries(CacheDatabase database) {
        this.database = database;
    }

    /**
     * The counts as they stand at {@code now} (overdue and "last day" depend on it), with the communes in force on
     * the UTC date of {@code now}.
     */
    public OverviewCounts counts(Instant now) {
        return counts(now, now.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /**
     * The counts as they stand at {@code now}, with the communes in force on {@code today}: the day in the zone the
     * figures are shown in, which in Vietnam begins seven hours before the UTC date does.
     */
    public OverviewCounts counts(Instant now, LocalDate today) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT "
                        + "(SELECT COUNT(*) FROM citizen_report) AS reports_total, "
                        + "(SELECT COUNT(*) FROM citizen_report WHERE status = 'open') AS reports_open, "
                        + "(SELECT COUNT(*) FROM citizen_report WHERE status = 'open' AND expected_at < :now) "
                        + "AS reports_overdue, "
                        + "(SELECT COUNT(*) FROM citizen_report WHERE requested_at >= :dayAgo) AS reports_last_day, "
                        + "(SELECT COUNT(*) FROM camera) AS cameras, "
                        + "(SELECT COUNT(*) FROM camera WHERE status <> 'online') AS cameras_offline, "
                        + "(SELECT COUNT(*) FROM facility) AS facilities, "
                        + "(SELECT COUNT(*) FROM admin_unit WHERE level = 'commune' "
                        + "AND (valid_from IS NULL OR valid_from <= :today) "
                        + "AND (valid_to IS NULL OR valid_to >= :today)) AS communes, "
                        + "(SELECT COUNT(*) FROM indicator) AS indicators, "
                        + "(SELECT COUNT(*) FROM observation) AS observations")
                .bind("now", Sql.utc(now))
                .bind("dayAgo", Sql.utc(now.minus(Duration.ofDays(1))))
                .bind("today", today)
                .map((rs, ctx) -> new OverviewCounts(
                        rs.getLong("reports_total"),
                        rs.getLong("reports_open"),
                        rs.getLong("reports_overdue"),
                        rs.getLong("reports_last_day"),
                        rs.getLong("cameras"),
                        rs.getLong("cameras_offline"),
                        rs.getLong("facilities"),
                        rs.getLong("communes"),
                        rs.getLong("indicators"),
                        rs.getLong("observations")))
                .one());
    }

    /**
     * The cameras without a picture: offline or in maintenance per the registry, or seen without a picture by a
     * console's camera wall (no signal, unauthorized, reconnecting; table {@code camera_observation}). What the
     * "cameras offline" alert counts, so a camera the registry calls online but nobody can watch raises it too.
     */
    public long camerasWithoutPicture() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM camera c WHERE c.status <> 'online' "
                                + "OR c.camera_id IN (SELECT o.camera_id FROM camera_observation o WHERE o.down = TRUE)")
                .mapTo(Long.class)
                .one());
    }
}
