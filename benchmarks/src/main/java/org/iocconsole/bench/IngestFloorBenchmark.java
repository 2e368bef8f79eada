package org.iocconsole.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.config.Open311Options;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.model.Contract;

/**
 * What the report table's indexes cost an ingest: bare JDBC batch inserts of the same rows as {@code ingest} into the
 * real schema, with only its primary key, with only the three sort-key indexes of the queue, and with every index, in
 * turn in one run.
 */
final class IngestFloorBenchmark implements Benchmark {
    private static final int RUNS = 3;
    private static final Set<String> SORT_KEYS =
            Set.of("citizen_report_received_key", "citizen_report_due_key", "citizen_report_priority_key");

    @Override
    public String name() {
        return "ingest-floor";
    }

    @Override
    public String description() {
        return "rows_per_s of bare JDBC report inserts with no secondary index, the sort-key indexes, every index";
    }

    @Override
    public void run(Results results) throws Exception {
        Path work = Files.createTempDirectory("ioc-bench-floor");
        try (DemoProvince demo = BenchDemo.start()) {
            SourceConfig reports = SourceConfig.of(
                            "reports", Contract.OPEN311, URI.create(demo.baseUrl() + "open311/v2/"))
                    .withOpen311(Open311Options.incremental())
                    .withPageSize(1000);
            try (SyncBench bench = new SyncBench(work.resolve("record"), List.of(reports), demo.clock())) {
                bench.engine.runOnce();
            }
            List<Object[]> rows = JdbcBaseline.readReports(work.resolve("record"));
            results.note(rows.size() + " reports, " + RUNS + " runs of each in turn, one commit per 1000 rows");
            JdbcBaseline.insertRate(work.resolve("warmup"), rows, 1000);
            double[] none = new double[RUNS];
            double[] sortKeys = new double[RUNS];
            double[] all = new double[RUNS];
            int n = 0;
            for (int i = 0; i < RUNS; i++) {
                none[i] = rate(work.resolve("run" + n++), rows, Set.of());
                sortKeys[i] = rate(work.resolve("run" + n++), rows, SORT_KEYS);
                all[i] = rate(work.resolve("run" + n++), rows, null);
            }
            results.report("primary_key_only_rows_per_s", IngestBenchmark.median(none));
            results.report("sort_keys_rows_per_s", IngestBenchmark.median(sortKeys));
            results.report("all_indexes_rows_per_s", IngestBenchmark.median(all));
        } finally {
            BenchFiles.delete(work);
        }
    }

    /** Inserts into a new cache that keeps only the {@code kept} secondary indexes of the reports (null: all). */
    private static double rate(Path dir, List<Object[]> rows, Set<String> kept) throws SQLException {
        if (kept != null) {
            try (CacheDatabase cache = CacheDatabase.open(dir, "bench");
                    Connection connection = cache.jdbi().open().getConnection();
                    Statement statement = connection.createStatement()) {
                for (String index : secondaryIndexes(statement)) {
                    if (!kept.contains(index.toLowerCase(java.util.Locale.ROOT))) {
                        statement.execute("DROP INDEX " + index);
                    }
                }
            }
        }
        return JdbcBaseline.insertRate(dir, rows, 1000);
    }

    private static List<String> secondaryIndexes(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT index_name FROM information_schema.indexes "
                + "WHERE table_name = 'CITIZEN_REPORT' AND index_type_name <> 'PRIMARY KEY'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
