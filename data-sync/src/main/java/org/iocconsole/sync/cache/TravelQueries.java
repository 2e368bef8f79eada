package org.iocconsole.sync.cache;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What "prepare for travel" needs to know of the cache: the photos of the reports, and the extent of everything that
 * has a place (reports, cameras, facilities), whose map tiles a leader takes along. Blocking; thread-safe.
 */
public final class TravelQueries {
    /** An extent in degrees (WGS 84). */
    public record Extent(double south, double west, double north, double east) {}

    private final CacheDatabase database;

    public TravelQueries(CacheDatabase database) {
        this.database = database;
    }

    /**
     * The photo addresses of the reports still open and of those made since {@code since}, each once: what a leader
     * may open on a trip, not a year of closed cases.
     */
    public List<String> mediaUrls(Instant since) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT media_url FROM citizen_report "
                        + "WHERE media_url IS NOT NULL AND media_url <> '' "
                        + "AND (status = 'open' OR requested_at >= :since) ORDER BY media_url")
                .bind("since", Sql.utc(since))
                .mapTo(String.class)
                .list());
    }

    /** The extent of every located report, camera and facility; empty when nothing has a place. */
    public Optional<Extent> extent() {
        return database.jdbi().withHandle(h -> h
                .createQuery("SELECT MIN(lat) s, MIN(lon) w, MAX(lat) n, MAX(lon) e FROM ("
                        + "SELECT lat, lon FROM citizen_report WHERE lat IS NOT NULL AND lon IS NOT NULL "
                        + "UNION ALL SELECT lat, lon FROM camera WHERE lat IS NOT NULL AND lon IS NOT NULL "
                        + "UNION ALL SELECT lat, lon FROM facility WHERE lat IS NOT NULL AND lon IS NOT NULL) p")
                .map((rs, ctx) -> rs.getObject("s") == null
                        ? null
                        : new Extent(rs.getDouble("s"), rs.getDouble("w"), rs.getDouble("n"), rs.getDouble("e")))
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst());
    }
}
