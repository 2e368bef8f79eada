package org.iocconsole.sync.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agency performance on citizen reports, read from the cache: reports answered since a time (answered_at index) and
 * open reports past their deadline. Durations are worked out here, not in SQL, where every database spells them
 * differently. Thread-safe; call off the FX thread.
 */
public final class AgencyPerformanceQueries {
    private final CacheDatabase database;

    public AgencyPerformanceQueries(CacheDatabase database) {
        this.database = database;
    }

    /** One line per agency that answered or holds overdue reports, by agency name. */
    public List<AgencyPerformance> since(Instant from, Instant now) {
        return database.jdbi().withHandle(handle -> {
            Map<String, List<Long>> seconds = new TreeMap<>();
            Map<String, int[]> onTime = new TreeMap<>();
            handle.createQuery("SELECT agency_responsible, requested_at, expected_at, answered_at FROM citizen_report "
                            + "WHERE answered_at >= :from AND answered_at <= :now")
                    .bind("from", Sql.utc(from))
                    .bind("now", Sql.utc(now))
                    .map((rs, ctx) -> {
                        String agency = name(rs.getString("agency_responsible"));
                        Instant requested = Sql.instant(rs, "requested_at");
                        Instant expected = Sql.instant(rs, "expected_at");
                        Instant answered = Sql.instant(rs, "answered_at");
                        if (requested != null && !answered.isBefore(requested)) {
                            seconds.computeIfAbsent(agency, a -> new ArrayList<>())
                                    .add(Duration.between(requested, answered).toSeconds());
                        }
                        int[] counts = onTime.computeIfAbsent(agency, a -> new int[2]);
                        counts[0]++;
                        if (expected == null || !answered.isAfter(expected)) {
                            counts[1]++;
                        }
                        return agency;
                    })
                    .forEach(agency -> {});
            Map<String, Long> overdue = new TreeMap<>();
            handle.createQuery("SELECT agency_responsible, COUNT(*) AS n FROM citizen_report "
                            + "WHERE status = 'open' AND expected_at < :now GROUP BY agency_responsible")
                    .bind("now", Sql.utc(now))
                    .map((rs, ctx) -> Map.entry(name(rs.getString("agency_responsible")), rs.getLong("n")))
                    .forEach(e -> overdue.merge(e.getKey(), e.getValue(), Long::sum));
            TreeMap<String, Boolean> agencies = new TreeMap<>();
            onTime.keySet().forEach(a -> agencies.put(a, true));
            overdue.keySet().forEach(a -> agencies.put(a, true));
            List<AgencyPerformance> lines = new ArrayList<>();
            for (String agency : agencies.keySet()) {
                int[] counts = onTime.getOrDefault(agency, new int[2]);
                lines.add(new AgencyPerformance(
                        agency, counts[0], counts[1], median(seconds.get(agency)), overdue.getOrDefault(agency, 0L)));
            }
            return lines;
        });
    }

    private static String name(String agency) {
        return agency == null ? "" : agency;
    }

    private static Duration median(List<Long> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        long median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Duration.ofSeconds(median);
    }
}
