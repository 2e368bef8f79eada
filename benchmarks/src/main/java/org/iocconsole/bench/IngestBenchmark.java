package org.iocconsole.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iocconsole.sync.config.Open311Options;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.model.Contract;

/**
 * Citizen reports from JSON into H2 through the real path (HTTP on loopback, Open311 connector, streaming parse,
 * cache writer with the cursor in each page's transaction), against a bare JDBC batch insert of the same rows. The
 * reports' word index follows on its own thread; {@code searchable_per_s} counts until it has caught up.
 */
final class IngestBenchmark implements Benchmark {
    private static final int RUNS = 5;

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String description() {
        return "reports_per_s and ratio_to_jdbc: Open311 JSON to H2 vs bare JDBC batch inserts";
    }

    @Override
    public void run(Results results) throws Exception {
        Path work = Files.createTempDirectory("ioc-bench-ingest");
        try (DemoProvince demo = BenchDemo.start();
                RecordingServer replay = new RecordingServer(demo.baseUrl())) {
            SourceConfig reports = SourceConfig.of(
                            "reports", Contract.OPEN311, URI.create(replay.base() + "open311/v2/"))
                    .withOpen311(Open311Options.incremental())
                    .withPageSize(1000);
            long rows = ingest(work.resolve("record"), reports, demo);
            results.note(rows + " reports in " + replay.recorded() + " pages, replayed from memory");

            List<Object[]> copy = JdbcBaseline.readReports(work.resolve("record"));
            JdbcBaseline.insertRate(work.resolve("jdbc-warmup"), copy, 1000);
            // In turn, so that both see the same machine: it is shared and its speed drifts.
            double[] ingestRates = new double[RUNS];
            double[] searchableRates = new double[RUNS];
            double[] jdbcRates = new double[RUNS];
            double[] ratios = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                double[] rates = ingestRates(work.resolve("run" + i), reports, demo);
                ingestRates[i] = rates[0];
                searchableRates[i] = rates[1];
                jdbcRates[i] = JdbcBaseline.insertRate(work.resolve("jdbc" + i), copy, 1000);
                ratios[i] = ingestRates[i] / jdbcRates[i];
            }
            double ingestRate = median(ingestRates);
            results.note("connector path runs " + round(ingestRates) + " reports/s (searchable "
                    + round(searchableRates) + "); JDBC runs " + round(jdbcRates) + " rows/s");
            results.report("reports_per_s", ingestRate);
            results.report("searchable_per_s", median(searchableRates));
            results.report("jdbc_rows_per_s", median(jdbcRates));
            results.report("ratio_to_jdbc", median(ratios));
        } finally {
            BenchFiles.delete(work);
        }
    }

    /**
     * Reports per second of one run into a new cache, until the sync is done and until their words are indexed too
     * (the indexer works beside the sync, as in the console); opening and closing the cache are not timed, as for
     * JDBC.
     */
    private static double[] ingestRates(Path dir, SourceConfig reports, DemoProvince demo) {
        try (SyncBench bench = new SyncBench(dir, List.of(reports), demo.clock())) {
            long start = System.nanoTime();
            long written = bench.engine.runOnce().get(0).done();
            double synced = seconds(start);
            bench.words.catchUp();
            return new double[] {written / synced, written / seconds(start)};
        }
    }

    private static long ingest(Path dir, SourceConfig reports, DemoProvince demo) {
        try (SyncBench bench = new SyncBench(dir, List.of(reports), demo.clock())) {
            return bench.engine.runOnce().get(0).done();
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<Long> round(double[] values) {
        List<Long> rounded = new ArrayList<>();
        for (double value : values) {
            rounded.add(Math.round(value));
        }
        return rounded;
    }
}
