package org.iocconsole.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iocconsole.sync.config.Open311Options;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.model.Contract;

/**
 * A run of a source that has not changed since the last one: after a full sync, how long a whole run takes (stored
 * cursor read, one request, nothing written but the sync state), how many requests it makes and how many rows it
 * writes. For the Open311 reports (the largest source) and for a JSON feed (cameras).
 */
final class IncrementalBenchmark implements Benchmark {
    private static final int WARMUP = 20;
    private static final int RUNS = 50;

    @Override
    public String name() {
        return "incremental";
    }

    @Override
    public String description() {
        return "ms: one run of an unchanged source (also requests_per_run, rows_written, feed_ms)";
    }

    @Override
    public void run(Results results) throws Exception {
        Path work = Files.createTempDirectory("ioc-bench-incremental");
        try (DemoProvince demo = BenchDemo.start()) {
            SourceConfig reports = SourceConfig.of("reports", Contract.OPEN311, URI.create(demo.open311Url()))
                    .withOpen311(Open311Options.incremental())
                    .withPageSize(1000);
            SourceConfig cameras = SourceConfig.of("cameras", Contract.CAMERAS, URI.create(demo.apiUrl()));
            Figures open311 = measure(work.resolve("reports"), reports, demo);
            Figures feed = measure(work.resolve("cameras"), cameras, demo);
            results.note("reports: " + open311 + "; cameras: " + feed);
            results.report("ms", open311.medianMs());
            results.report("requests_per_run", open311.requestsPerRun());
            results.report("rows_written", open311.rows() + feed.rows());
            results.report("feed_ms", feed.medianMs());
        } finally {
            BenchFiles.delete(work);
        }
    }

    private record Figures(double medianMs, double requestsPerRun, long rows) {}

    private static Figures measure(Path dir, SourceConfig source, DemoProvince demo) {
        try (SyncBench bench = new SyncBench(dir, List.of(source), demo.clock())) {
            bench.engine.runOnce();
            for (int i = 0; i < WARMUP; i++) {
                bench.engine.runOnce();
            }
            int requestsBefore = bench.requests.get();
            long rows = 0;
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                List<SyncProgress> outcome = bench.engine.runOnce();
                millis[i] = (System.nanoTime() - start) / 1e6;
                rows += outcome.get(0).done();
            }
            double requests = (bench.requests.get() - requestsBefore) / (double) RUNS;
            return new Figures(IngestBenchmark.median(millis), requests, rows);
        }
    }
}
