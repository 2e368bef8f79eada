package org.iocconsole.sync.cache;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.iocconsole.sync.model.ReportPriority;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The citizen report queue read from the cache a page at a time: never the whole table. Pages follow the last row of
 * the previous one by its sort key and id (keyset paging), so the millionth row costs what the first does; every
 * filter and sort is answered from an index (V2). Thread-safe; call off the FX thread.
 */
public final class ReportQueue {
    static final String COLUMNS = "r.service_request_id, r.requested_at, r.service_code, r.service_name, "
            + "r.commune_code, r.workflow_status, r.priority, r.priority_rank, r.agency_responsible, r.expected_at, "
            + "r.updated_at, r.status";

    /** A word starting fewer reports than this is looked up in the word index; a commoner one is checked per row. */
    static final int RARE_WORD = 5_000;

    /** Before any deadline or arrival: where an ascending sort's range starts. */
    private static final Instant LOWEST = Instant.parse("0001-01-01T00:00:00Z");

    private final CacheDatabase database;
    private final Duration atRisk;
    private final int rareWord;

    /** @param atRisk how close to its deadline an open report counts as at risk */
    public ReportQueue(CacheDatabase database, Duration atRisk) {
        this(database, atRisk, RARE_WORD);
    }

    /** @param rareWord below how many reports a word is looked up in the word index rather than checked per row */
    ReportQueue(CacheDatabase database, Duration atRisk, int rareWord) {
        this.database = database;
        this.atRisk = atRisk;
        this.rareWord = rareWord;
    }

    /** How close to its deadline an open report counts as at risk. */
    public Duration atRisk() {
        return atRisk;
    }

    /**
     * The page after {@code after} (null for the first page).
     *
     * @param now what overdue and at risk are measured against
     */
    public QueuePage page(QueueFilter filter, QueueSort sort, QueuePage.Position after, int limit, Instant now) {
        return database.jdbi().withHandle(handle -> {
            List<QueueRow> rows = new ArrayList<>(limit);
            QueuePage.Position last = after;
            if (after == null || !after.keyless()) {
                last = read(handle, filter, sort, after, false, limit, now, rows);
            }
            if (rows.size() < limit && sort != QueueSort.PRIORITY) {
                QueuePage.Position from = after != null && after.keyless() ? after : null;
                QueuePage.Position keyless = read(handle, filter, sort, from, true, limit - rows.size(), now, rows);
                if (keyless != null) {
                    last = keyless;
                }
            }
            names(handle, rows);
            return new QueuePage(rows, rows.size() < limit ? null : last);
        });
    }

    /** How many reports are in each workflow status (null for reports without one), from the status index. */
    public Map<String, Long> statusCounts() {
        return database.jdbi().withHandle(handle -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            handle.createQuery("SELECT workflow_status, COUNT(*) AS n FROM citizen_report GROUP BY workflow_status")
                    .map((rs, ctx) -> Map.entry(
                            rs.getString("workflow_status") == null ? "" : rs.getString("workflow_status"),
                            rs.getLong("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    /** How many open reports are overdue and at risk at {@code now}, from the (status, expected_at) index. */
    public DeadlineCounts deadlineCounts(Instant now) {
        return database.jdbi().withHandle(handle -> {
            long overdue = handle.createQuery(
                            "SELECT COUNT(*) FROM citizen_report " + "WHERE status = 'open' AND expected_at < :now")
                    .bind("now", Sql.utc(now))
                    .mapTo(Long.class)
                    .one();
            long risk = handle.createQuery("SELECT COUNT(*) FROM citizen_report "
                            + "WHERE status = 'open' AND expected_at >= :now AND expected_at < :end")
                    .bind("now", Sql.utc(now))
                    .bind("end", Sql.utc(now.plus(atRisk)))
                    .mapTo(Long.class)
                    .one();
            return new DeadlineCounts(overdue, risk);
        });
    }

    /**
     * What the filters offer: the categories (code to name), communes in force (code to name) and agencies that the
     * cached reports name. Distinct values are read from their indexes.
     */
    public Choices choices() {
        return database.jdbi().withHandle(handle -> {
            Map<String, String> categories = new LinkedHashMap<>();
            for (String code : handle.createQuery("SELECT DISTINCT service_code FROM citizen_report "
                            + "WHERE service_code IS NOT NULL ORDER BY service_code")
                    .mapTo(String.class)
                    .list()) {
                String name = handle.createQuery("SELECT service_name FROM citizen_report WHERE service_code = :code "
                                + "AND service_name IS NOT NULL FETCH FIRST 1 ROWS ONLY")
                        .bind("code", code)
                        .mapTo(String.class)
                        .findFirst()
                        .orElse(code);
                categories.put(code, name);
            }
            Map<String, String> communes = new LinkedHashMap<>();
            handle.createQuery("SELECT code, full_name FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL "
                            + "ORDER BY full_name")
                    .map((rs, ctx) -> Map.entry(rs.getString("code"), nonNull(rs.getString("full_name"))))
                    .forEach(e -> communes.put(e.getKey(), e.getValue()));
            List<String> agencies = handle.createQuery("SELECT DISTINCT agency_responsible FROM citizen_report "
                            + "WHERE agency_responsible IS NOT NULL ORDER BY agency_responsible")
                    .mapTo(String.class)
                    .list();
            return new Choices(categories, communes, agencies);
        });
    }

    /** The values the queue's filters offer. */
    public record Choices(Map<String, String> categories, Map<String, String> communes, List<String> agencies) {
        public Choices {
            categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
            communes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(communes));
            agencies = List.copyOf(agencies);
        }

        public static Choices none() {
            return new Choices(Map.of(), Map.of(), List.of());
        }
    }

    /** Open reports past their deadline and close to it. */
    public record DeadlineCounts(long overdue, long atRisk) {}

    /** The rows of these reports as they are now (after a change event); reports no longer cached are left out. */
    public List<QueueRow> rows(Set<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.jdbi().withHandle(handle -> {
            List<QueueRow> rows = handle.createQuery(
                            "SELECT " + COLUMNS + " FROM citizen_report r WHERE r.service_request_id IN (<ids>)")
                    .bindList("ids", List.copyOf(ids))
                    .map((rs, ctx) -> row(rs))
                    .list();
            List<QueueRow> named = new ArrayList<>(rows);
            names(handle, named);
            return named;
        });
    }

    private QueuePage.Position read(
            Handle handle,
            QueueFilter filter,
            QueueSort sort,
            QueuePage.Position after,
            boolean keyless,
            int limit,
            Instant now,
            List<QueueRow> into) {
        String key = "r." + sort.column();
        String id = "r.service_request_id";
        String direction = sort.descending() ? " DESC" : "";
        String beyond = sort.descending() ? " < " : " > ";
        String within = sort.descending() ? " <= " : " >= ";
        Map<String, Object> binds = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM citizen_report r WHERE ");
        if (keyless) {
            sql.append(key).append(" IS NULL");
            if (after != null) {
                sql.append(" AND ").append(id).append(beyond).append(":afterId");
                binds.put("afterId", after.id());
            }
        } else if (after != null) {
            // The first condition alone is an index range; the second cuts the rows of the same key already shown.
            sql.append(key).append(within).append(":afterKey AND (").append(key).append(beyond);
            sql.append(":afterKey OR ").append(id).append(beyond).append(":afterId)");
            binds.put("afterKey", after.key());
            binds.put("afterId", after.id());
        } else if (!sort.descending() && sort != QueueSort.PRIORITY) {
            // Nulls come first in an ascending index (H2): a lower bound starts the range past them instead of reading
            // each one.
            sql.append(key).append(" >= :lowest");
            binds.put("lowest", Sql.utc(LOWEST));
        } else {
            sql.append(key).append(" IS NOT NULL");
        }
        conditions(filter, now, sql, binds);
        textConditions(handle, filter, sql, binds);
        sql.append(" ORDER BY ");
        String prefix = keyless ? null : orderingPrefix(filter, sort);
        if (prefix != null) {
            sql.append(prefix).append(direction).append(", ");
        }
        sql.append(key).append(direction).append(", ").append(id).append(direction);
        sql.append(" FETCH FIRST ").append(limit).append(" ROWS ONLY");
        Query query = handle.createQuery(sql.toString());
        binds.forEach(query::bind);
        List<QueueRow> rows = query.map((rs, ctx) -> row(rs)).list();
        into.addAll(rows);
        if (rows.isEmpty()) {
            return after;
        }
        QueueRow last = rows.get(rows.size() - 1);
        return new QueuePage.Position(keyless, keyless ? null : keyOf(sort, last), last.id());
    }

    /**
     * The filtered column to order by first, when an index (column, sort key, id) exists (V2): constant under the
     * filter, it changes nothing in the order, but lets the database read that index in order instead of sorting
     * every match.
     */
    static String orderingPrefix(QueueFilter filter, QueueSort sort) {
        boolean received = sort == QueueSort.NEWEST || sort == QueueSort.OLDEST;
        boolean due = sort == QueueSort.DUE_FIRST;
        if (received && filter.communeCode() != null) {
            return "r.commune_code";
        }
        if ((received || due) && filter.agency() != null) {
            return "r.agency_responsible";
        }
        if (received && filter.serviceCode() != null) {
            return "r.service_code";
        }
        if ((received || due) && filter.statuses().size() == 1) {
            return "r.workflow_status";
        }
        if ((received || due) && filter.deadline() != QueueFilter.Deadline.ANY) {
            return "r.status";
        }
        return null;
    }

    private void conditions(QueueFilter filter, Instant now, StringBuilder sql, Map<String, Object> binds) {
        if (!filter.statuses().isEmpty()) {
            List<String> statuses = new ArrayList<>(new TreeSet<>(filter.statuses()));
            sql.append(" AND r.workflow_status IN (");
            for (int i = 0; i < statuses.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(":status").append(i);
                binds.put("status" + i, statuses.get(i));
            }
            sql.append(")");
        }
        equal(sql, binds, "r.service_code", "service", filter.serviceCode());
        equal(sql, binds, "r.commune_code", "commune", filter.communeCode());
        equal(sql, binds, "r.agency_responsible", "agency", filter.agency());
        switch (filter.deadline()) {
            case OVERDUE -> {
                sql.append(" AND r.status = 'open' AND r.expected_at < :now");
                binds.put("now", Sql.utc(now));
            }
            case AT_RISK -> {
                sql.append(" AND r.status = 'open' AND r.expected_at >= :now AND r.expected_at < :riskEnd");
                binds.put("now", Sql.utc(now));
                binds.put("riskEnd", Sql.utc(now.plus(atRisk)));
            }
            case ANY -> {}
        }
    }

    /** The conditions of the typed words, after the others: a row they reject is not looked up in the words. */
    private void textConditions(Handle handle, QueueFilter filter, StringBuilder sql, Map<String, Object> binds) {
        StringBuilder common = new StringBuilder();
        List<String> words = new ArrayList<>(TextFold.words(8, filter.text()));
        // The rarest word picks its reports from the word index and they are sorted; a word that starts many
        // reports is checked per report instead, while the sort index is read in order (it finds a page quickly).
        String rarest = null;
        int fewest = rareWord;
        for (String word : words) {
            int count = handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM report_word WHERE word >= :lo "
                            + "AND word < :hi FETCH FIRST " + rareWord + " ROWS ONLY) t")
                    .bind("lo", word)
                    .bind("hi", word + Character.MAX_VALUE)
                    .mapTo(Integer.class)
                    .one();
            if (count < fewest) {
                fewest = count;
                rarest = word;
            }
        }
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (word.equals(rarest)) {
                sql.append(" AND r.service_request_id IN (SELECT service_request_id FROM report_word WHERE word >= :w")
                        .append(w)
                        .append(" AND word < :wEnd")
                        .append(w)
                        .append(")");
                binds.put("w" + w, word);
                binds.put("wEnd" + w, word + Character.MAX_VALUE);
            } else {
                // Folded words are letters and digits only: nothing in them is special to LIKE.
                common.append(" AND l.line LIKE :w").append(w);
                binds.put("w" + w, "% " + word + "%");
            }
        }
        if (!common.isEmpty()) {
            // One lookup of the report's line checks all its commoner words (a subquery each cost one per word).
            sql.append(
                            " AND EXISTS (SELECT 1 FROM report_word_line l WHERE l.service_request_id = r.service_request_id")
                    .append(common)
                    .append(")");
        }
    }

    private static void equal(StringBuilder sql, Map<String, Object> binds, String column, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = :").append(name);
            binds.put(name, value);
        }
    }

    private static Object keyOf(QueueSort sort, QueueRow row) {
        return switch (sort) {
            case NEWEST, OLDEST -> Sql.utc(row.requestedAt());
            case DUE_FIRST -> Sql.utc(row.expectedAt());
            case PRIORITY -> ReportPriority.rankOf(row.priority());
        };
    }

    private static QueueRow row(ResultSet rs) throws SQLException {
        return new QueueRow(
                rs.getString("service_request_id"),
                Sql.instant(rs, "requested_at"),
                rs.getString("service_code"),
                rs.getString("service_name"),
                rs.getString("commune_code"),
                null,
                rs.getString("workflow_status"),
                rs.getString("priority"),
                rs.getString("agency_responsible"),
                Sql.instant(rs, "expected_at"),
                Sql.instant(rs, "updated_at"),
                "open".equals(rs.getString("status")));
    }

    /** Fills in the current names of the rows' communes with one lookup for the page. */
    private static void names(Handle handle, List<QueueRow> rows) {
        Set<String> codes = new TreeSet<>();
        for (QueueRow row : rows) {
            if (row.communeCode() != null) {
                codes.add(row.communeCode());
            }
        }
        if (codes.isEmpty()) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        handle.createQuery("SELECT code, full_name FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL "
                        + "AND code IN (<codes>)")
                .bindList("codes", List.copyOf(codes))
                .map((rs, ctx) -> Map.entry(rs.getString("code"), nonNull(rs.getString("full_name"))))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        rows.replaceAll(row -> new QueueRow(
                row.id(),
                row.requestedAt(),
                row.serviceCode(),
                row.serviceName(),
                row.communeCode(),
                names.get(row.communeCode()),
                row.workflowStatus(),
                row.priority(),
                row.agency(),
                row.expectedAt(),
                row.updatedAt(),
                row.open()));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
