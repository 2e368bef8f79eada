package org.iocconsole.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.QueueFilter;
import org.iocconsole.sync.cache.QueuePage;
import org.iocconsole.sync.cache.QueueSort;
import org.iocconsole.sync.cache.ReportQueue;

/**
 * The citizen report queue over a cache of 1,000,000 reports: the time to open it (first page and the counts), the
 * slowest first page of any filter or sort and a deep page, and the heap the data side holds while the queue is open.
 */
final class QueueBenchmark implements Benchmark {
    /** Reports cached; {@code -Dqueue.reports=N} for a quick try at another size. */
    static final int REPORTS = Integer.getInteger("queue.reports", 1_000_000);

    static final int PAGE = 100;
    private static final int RUNS = 5;

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public String description() {
        return "open_ms, filter_ms and heap_mb of the report queue over 1,000,000 cached reports";
    }

    @Override
    public void run(Results results) throws Exception {
        Path work = Files.createTempDirectory("ioc-bench-queue");
        try {
            long start = System.nanoTime();
            QueueCacheBuilder.build(work, "bench", REPORTS, results);
            results.note(REPORTS + " reports and their words written in " + Math.round(IngestBenchmark.seconds(start))
                    + " s");
            try (CacheDatabase cache = CacheDatabase.open(work, "bench")) {
                ReportQueue queue = new ReportQueue(cache, Duration.ofHours(24));
                double[] opens = new double[RUNS];
                double[] counts = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    opens[i] = millis(
                            () -> queue.page(QueueFilter.all(), QueueSort.NEWEST, null, PAGE, QueueCacheBuilder.NOW));
                    counts[i] = millis(() -> {
                        queue.statusCounts();
                        return queue.deadlineCounts(QueueCacheBuilder.NOW);
                    });
                }
                results.note("open runs " + round(opens) + " ms (the first page: the table shows it at once); counts "
                        + "per status, overdue and at risk, read after it: " + round(counts) + " ms");
                Map<String, Double> figures = new LinkedHashMap<>();
                for (Map.Entry<String, Supplier<Object>> op : operations(queue).entrySet()) {
                    double[] runs = new double[RUNS];
                    for (int i = 0; i < RUNS; i++) {
                        runs[i] = millis(op.getValue());
                    }
                    figures.put(op.getKey(), median(runs));
                }
                figures.forEach((op, ms) -> results.note(String.format("%-34s %8.1f ms", op, ms)));
                // What the console holds while the queue is open: ten pages loaded.
                List<QueuePage> held = new ArrayList<>();
                QueuePage.Position after = null;
                for (int i = 0; i < 10; i++) {
                    QueuePage page =
                            queue.page(QueueFilter.all(), QueueSort.NEWEST, after, PAGE, QueueCacheBuilder.NOW);
                    held.add(page);
                    after = page.next();
                }
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                results.report("open_ms", median(opens));
                results.report("counts_ms", median(counts));
                results.report(
                        "filter_ms",
                        figures.values().stream().mapToDouble(d -> d).max().orElse(0));
                results.report("heap_mb", (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
                results.note(held.size() + " pages held while the heap was measured");
            }
        } finally {
            BenchFiles.delete(work);
        }
    }

    private static Map<String, Supplier<Object>> operations(ReportQueue queue) {
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        for (QueueSort sort : QueueSort.values()) {
            ops.put("sort " + sort, first(queue, QueueFilter.all(), sort));
        }
        QueuePage.Position deep = deep(queue, 200);
        ops.put(
                "page 201, newest",
                () -> queue.page(QueueFilter.all(), QueueSort.NEWEST, deep, PAGE, QueueCacheBuilder.NOW));
        QueueFilter all = QueueFilter.all();
        ops.put("status assigned", first(queue, all.withStatuses(Set.of("assigned")), QueueSort.NEWEST));
        ops.put("status received, due first", first(queue, all.withStatuses(Set.of("received")), QueueSort.DUE_FIRST));
        ops.put("category flooding", first(queue, all.withServiceCode("flooding"), QueueSort.NEWEST));
        ops.put("commune", first(queue, all.withCommuneCode("05042"), QueueSort.NEWEST));
        ops.put("agency", first(queue, all.withAgency("Cơ quan 7"), QueueSort.NEWEST));
        ops.put(
                "overdue, due first",
                first(queue, all.withDeadline(QueueFilter.Deadline.OVERDUE), QueueSort.DUE_FIRST));
        ops.put(
                "at risk, due first",
                first(queue, all.withDeadline(QueueFilter.Deadline.AT_RISK), QueueSort.DUE_FIRST));
        ops.put("overdue, newest", first(queue, all.withDeadline(QueueFilter.Deadline.OVERDUE), QueueSort.NEWEST));
        ops.put(
                "commune + open statuses",
                first(
                        queue,
                        all.withCommuneCode("05042")
                                .withStatuses(Set.of("received", "classified", "assigned", "in_progress")),
                        QueueSort.DUE_FIRST));
        ops.put("text: id", first(queue, all.withText("0031245"), QueueSort.NEWEST));
        ops.put("text: \"ổ gà\"", first(queue, all.withText("ổ gà"), QueueSort.NEWEST));
        ops.put("text: \"ngap\" (no diacritics)", first(queue, all.withText("ngap"), QueueSort.NEWEST));
        ops.put("text: \"luong ngoc quyen\"", first(queue, all.withText("luong ngoc quyen"), QueueSort.NEWEST));
        ops.put("text + commune", first(queue, all.withText("cống tắc").withCommuneCode("05042"), QueueSort.NEWEST));
        return ops;
    }

    private static Supplier<Object> first(ReportQueue queue, QueueFilter filter, QueueSort sort) {
        return () -> queue.page(filter, sort, null, PAGE, QueueCacheBuilder.NOW);
    }

    /** Where the page after {@code pages} pages starts. */
    private static QueuePage.Position deep(ReportQueue queue, int pages) {
        QueuePage.Position after = null;
        for (int i = 0; i < pages; i++) {
            after = queue.page(QueueFilter.all(), QueueSort.NEWEST, after, PAGE, QueueCacheBuilder.NOW)
                    .next();
        }
        return after;
    }

    private static double millis(Supplier<Object> op) {
        long start = System.nanoTime();
        op.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<Long> round(double[] values) {
        List<Long> rounded = new ArrayList<>();
        for (double v : values) {
            rounded.add(Math.round(v));
        }
        return rounded;
    }
}
