package org.iocconsole.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.dashboard.BoardLoader;
import org.iocconsole.console.dashboard.KpiBoardView;
import org.iocconsole.console.dashboard.KpiBoardViewModel;
import org.iocconsole.console.dashboard.TrendChart;
import org.iocconsole.console.dashboard.TrendSeries;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.UnitQueries;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.kpi.KpiService;
import org.iocconsole.sync.model.Contract;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The KPI board after a sync: 24 indicator tiles, the time series and the ranking of 100 communes, plus four time
 * series of 100,000 points, over ten years of monthly figures for the province and every commune. Queries run on a
 * background thread; the figure is the FX-thread time of one refresh (applying the read, CSS and layout).
 */
final class DashboardRefreshBenchmark implements Benchmark {
    private static final int INDICATORS = 24;
    private static final int COMMUNES = 100;
    private static final YearMonth LAST = YearMonth.of(2026, 10);
    private static final int MONTHS = 120;
    private static final int BIG_CHART_POINTS = 100_000;
    private static final int RUNS = 10;

    @Override
    public String name() {
        return "dashboard-refresh";
    }

    @Override
    public String description() {
        return "FX-thread time of the KPI board's refresh after a sync (24 tiles, 6 charts, 10 years x 101 units)";
    }

    @Override
    public void run(Results results) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Path dir = Files.createTempDirectory("bench-dashboard");
        try (CacheDatabase cache = CacheDatabase.open(dir, "bench")) {
            long filled = fill(cache);
            results.note(filled + " observations: " + INDICATORS + " indicators x " + (COMMUNES + 1) + " units x "
                    + MONTHS + " months");
            measure(cache, results);
        }
    }

    private void measure(CacheDatabase cache, Results results) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicLong fxNanos = new AtomicLong();
        AtomicLong fxCpuNanos = new AtomicLong();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Executor fx = task -> Platform.runLater(() -> {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            try {
                task.run();
            } finally {
                fxNanos.addAndGet(System.nanoTime() - t0);
                fxCpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
            }
        });
        ExecutorService background = Executors.newSingleThreadExecutor();
        AtomicLong queryNanos = new AtomicLong();
        KpiService kpis = new KpiService(new KpiQueries(cache));
        BoardLoader loader = new BoardLoader(kpis, new UnitQueries(cache), new AlertStore(cache));
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        KpiBoardViewModel vm = new KpiBoardViewModel(
                (request, today) -> {
                    long t0 = System.nanoTime();
                    try {
                        return loader.load(request, today);
                    } catch (RuntimeException e) {
                        results.note("the board's read failed: " + e);
                        throw e;
                    } finally {
                        queryNanos.addAndGet(System.nanoTime() - t0);
                    }
                },
                alert -> {},
                clock,
                background,
                fx);
        List<TrendSeries> big = bigSeries();
        AtomicReference<CountDownLatch> refreshed = new AtomicReference<>(new CountDownLatch(1));
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            KpiBoardView view = new KpiBoardView(vm, new I18n(Language.VI), clock);
            VBox extra = new VBox();
            List<TrendChart> charts = new ArrayList<>();
            for (int i = 0; i < big.size(); i++) {
                TrendChart chart = new TrendChart();
                charts.add(chart);
                extra.getChildren().add(chart);
            }
            VBox root = new VBox(view.root(), extra);
            vm.dataProperty().addListener((o, old, now) -> {
                // The big charts get new series with every refresh, as after a sync; then CSS and layout run here so
                // the measured time includes them instead of leaving them to the next pulse.
                for (int i = 0; i < charts.size(); i++) {
                    charts.get(i).seriesProperty().set(big.get((i + (int) (System.nanoTime() & 1)) % big.size()));
                }
                root.applyCss();
                root.layout();
                refreshed.get().countDown();
            });
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 1280, 800));
            stage.show();
            shown.countDown();
        });
        shown.await();
        double[] fxMs = new double[RUNS];
        double[] queryMs = new double[RUNS];
        double[] fxCpuMs = new double[RUNS];
        for (int run = -3; run < RUNS; run++) {
            CountDownLatch latch = new CountDownLatch(1);
            refreshed.set(latch);
            fxNanos.set(0);
            fxCpuNanos.set(0);
            queryNanos.set(0);
            if (run == -3) {
                vm.start();
            } else {
                // A sync that brought the same figures yields an equal read, which the board rightly ignores (its
                // listener only hears changes): each sync here brings a new latest month for every unit.
                syncNewFigures(cache, run);
                vm.onChange(new ChangeEvent("observations", Contract.OBSERVATIONS, List.of(), clock.instant()));
            }
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the board did not refresh within 120 s");
            }
            // Let the apply task finish and be counted.
            CountDownLatch drained = new CountDownLatch(1);
            Platform.runLater(drained::countDown);
            drained.await();
            if (run >= 0) {
                fxMs[run] = fxNanos.get() / 1e6;
                queryMs[run] = queryNanos.get() / 1e6;
                fxCpuMs[run] = fxCpuNanos.get() / 1e6;
            }
        }
        background.shutdownNow();
        Platform.exit();
        Arrays.sort(fxMs);
        Arrays.sort(queryMs);
        Arrays.sort(fxCpuMs);
        results.note(
                RUNS + " refreshes after 3 warm-up ones, each after a sync that revised the latest month; queries on "
                        + "a background thread; system load average "
                        + String.format(
                                Locale.ROOT,
                                "%.1f",
                                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                        + " on "
                        + Runtime.getRuntime().availableProcessors() + " cores");
        results.report("fx_ms", fxMs[RUNS / 2]);
        results.report("fx_ms_max", fxMs[RUNS - 1]);
        // On a loaded machine the wall time includes waits for a core; the FX thread's CPU time does not.
        results.report("fx_cpu_ms", fxCpuMs[RUNS / 2]);
        results.report("query_ms", queryMs[RUNS / 2]);
    }

    /** What a sync writes when the latest month's figures are revised: every indicator and unit, one month. */
    private static void syncNewFigures(CacheDatabase cache, int run) {
        cache.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE observation SET obs_value = obs_value + :delta WHERE period = :period")
                .bind("delta", run % 2 == 0 ? 1.0 : -1.0)
                .bind("period", LAST.toString())
                .execute());
    }

    private static List<TrendSeries> bigSeries() {
        List<TrendSeries> series = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int s = 0; s < 4; s++) {
            double[] values = new double[BIG_CHART_POINTS];
            double level = 100;
            for (int i = 0; i < values.length; i++) {
                level += random.nextGaussian();
                values[i] = i % 997 == 0 ? Double.NaN : level;
            }
            series.add(new TrendSeries("BIG_" + s, YearMonth.of(2000, 1), values, 100.0));
        }
        return series;
    }

    /** Indicators, units and ten years of monthly figures, written with plain JDBC batches. */
    private static long fill(CacheDatabase cache) {
        Instant at = Instant.parse("2026-11-21T00:00:00Z");
        Object stamp = at.atOffset(ZoneOffset.UTC);
        LocalDate from = LocalDate.of(2016, 1, 1);
        return cache.jdbi().inTransaction(h -> {
            PreparedBatch indicators = h.prepareBatch("INSERT INTO indicator (code, name_vi, name_en, category, unit, "
                    + "direction, periodicity, target, warning, critical, updated_at, synced_at, aggregation) VALUES "
                    + "(:code, :vi, :en, 'bench', :unit, :direction, 'month', :target, :warning, :critical, :at, :at, "
                    + ":aggregation)");
            for (int i = 0; i < INDICATORS; i++) {
                boolean rate = i % 2 == 1;
                indicators
                        .bind("code", code(i))
                        .bind("vi", "Chỉ tiêu thử " + i)
                        .bind("en", "Test indicator " + i)
                        .bind("unit", rate ? "%" : "vụ")
                        .bind("direction", rate ? "higher_better" : "lower_better")
                        .bind("target", rate ? 95.0 : 30.0)
                        .bind("warning", rate ? 90.0 : 45.0)
                        .bind("critical", rate ? 85.0 : 60.0)
                        .bind("aggregation", rate ? "mean" : "sum")
                        .bind("at", stamp)
                        .add();
            }
            indicators.execute();
            PreparedBatch units = h.prepareBatch(
                    "INSERT INTO admin_unit (unit_id, code, level, name_vi, parent_code, "
                            + "valid_from, updated_at, synced_at) VALUES (:id, :code, :level, :name, :parent, :from, :at, :at)");
            units.bind("id", "province/19")
                    .bind("code", "19")
                    .bind("level", "province")
                    .bind("name", "Tỉnh Thái Nguyên")
                    .bind("parent", (String) null)
                    .bind("from", from)
                    .bind("at", stamp)
                    .add();
            for (int c = 0; c < COMMUNES; c++) {
                units.bind("id", "commune/" + commune(c))
                        .bind("code", commune(c))
                        .bind("level", "commune")
                        .bind("name", "Xã thử " + c)
                        .bind("parent", "19")
                        .bind("from", from)
                        .bind("at", stamp)
                        .add();
            }
            units.execute();
            long rows = 0;
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < INDICATORS; i++) {
                PreparedBatch obs = h.prepareBatch("INSERT INTO observation (indicator_code, unit_code, period, "
                        + "period_start, obs_value, updated_at, synced_at) VALUES (:code, :unit, :period, :start, "
                        + ":value, :at, :at)");
                for (int u = -1; u < COMMUNES; u++) {
                    String unit = u < 0 ? "19" : commune(u);
                    for (int m = 0; m < MONTHS; m++) {
                        YearMonth month = LAST.minusMonths(m);
                        double value = i % 2 == 1 ? 92 + 6 * random.nextDouble() : random.nextInt(u < 0 ? 80 : 5);
                        obs.bind("code", code(i))
                                .bind("unit", unit)
                                .bind("period", month.toString())
                                .bind("start", month.atDay(1))
                                .bind("value", value)
                                .bind("at", stamp)
                                .add();
                        rows++;
                    }
                }
                obs.execute();
            }
            return rows;
        });
    }

    private static String code(int i) {
        return String.format(Locale.ROOT, "BENCH_%02d", i);
    }

    private static String commune(int c) {
        return String.format(Locale.ROOT, "C%03d", c);
    }
}
