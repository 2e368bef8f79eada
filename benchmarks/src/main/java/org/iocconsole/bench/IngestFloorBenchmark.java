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
            JdbcBaseline.Insert[] none = new JdbcBaseline.Insert[RUNS];
            JdbcBaseline.Insert[] sortKeys = new JdbcBaseline.Insert[RUNS];
            JdbcBaseline.Insert[] all = new JdbcBaseline.Insert[RUNS];
            int n = 0;
            for (int i = 0; i < RUNS; i++) {
                none[i] = insert(work.resolve("run" + n++), rows, Set.of());
                sortKeys[i] = insert(work.resolve("run" + n++), rows, SORT_KEYS);
                all[i] = insert(work.resolve("run" + n++), rows, null);
            }
            report(results, "primary_key_only", none, rows.size());
            report(results, "sort_keys", sortKeys, rows.size());
            report(results, "all_indexes", all, rows.size());
        } finally {
            BenchFiles.delete(work);
        }
    }

    /**
     * The speed of the runs, and what the database wrote and read per row: the bytes do not depend on how busy the
     * machine is, so they show a change of schema or settings where the speed drowns in noise.
     */
    private static void report(Results results, String variant, JdbcBaseline.Insert[] runs, int rows) {
        double[] rates = new double[runs.length];
        double[] written = new double[runs.length];
        double[] read = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            rates[i] = runs[i].rowsPerSecond();
            written[i] = runs[i].bytesWritten() / 1024.0 / rows;
            read[i] = runs[i].bytesRead() / 1024.0 / rows;
        }
        results.report(variant + "_rows_per_s", IngestBenchmark.median(rates));
        results.report(variant + "_kb_written_per_row", IngestBenchmark.median(written));
        results.report(variant + "_kb_read_per_row", IngestBenchmark.median(read));
    }

    /** Inserts into a new cache that keeps only the {@code kept} secondary indexes of the reports (null: all). */
    private static JdbcBaseline.Insert insert(Path dir, List<Object[]> rows, Set<String> kept) throws SQLException {
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
        return JdbcBaseline.insert(dir, rows, 1000);
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
