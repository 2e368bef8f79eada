package org.iocconsole.sync.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertEvaluator;
import org.iocconsole.sync.alert.AlertKind;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CameraObservations;
import org.iocconsole.sync.cache.OverviewQueries;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.kpi.CatalogEntry;
import org.iocconsole.sync.kpi.Figure;
import org.iocconsole.sync.kpi.KpiMath;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.kpi.KpiService;
import org.iocconsole.sync.kpi.Note;
import org.iocconsole.sync.kpi.PeriodView;
import org.iocconsole.sync.kpi.ReformLineage;
import org.iocconsole.sync.kpi.Series;
import org.iocconsole.sync.kpi.Window;
import org.iocconsole.sync.model.Aggregation;
import org.iocconsole.sync.model.CameraObservation;
import org.iocconsole.sync.model.UnitLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The KPI service and the alert rules over a cache filled from the demo province (Thái Nguyên, 19). */
class KpiOnDemoTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    static Path dir;

    private static DemoProvince demo;
    private static SyncAgent agent;
    private static KpiService kpis;

    @BeforeAll
    static void sync() {
        demo = DemoAgents.demo();
        agent = DemoAgents.open(
                dir,
                demo,
                DemoAgents.sources(
                        demo, "indicators", "observations", "dossier-stats", "admin-units", "unit-changes", "cameras"));
        agent.engine().runOnce();
        kpis = new KpiService(new KpiQueries(agent.cache()));
    }

    @AfterAll
    static void stop() {
        agent.close();
        demo.close();
    }

    private static CatalogEntry entry(String code) {
        return kpis.queries().catalog().stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCatalogCoversTheIssuesIndicatorsWithHowTheyAddUp() {
        assertThat(kpis.queries().catalog()).hasSize(33);
        assertThat(entry("EDU_PUPILS").indicator().aggregation()).isEqualTo(Aggregation.LAST);
        assertThat(entry("PS_ONTIME_RATE").indicator().aggregation()).isEqualTo(Aggregation.MEAN);
        assertThat(entry("DOC_OVERDUE").indicator().aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(kpis.queries().homeProvince(TODAY)).isEqualTo("19");
    }

    @Test
    void beforeTheReformTheProvinceIsBacKanPlusOldThaiNguyen() {
        CatalogEntry retail = entry("ECO_RETAIL_SALES");
        ReformLineage lineage = kpis.lineage();
        assertThat(lineage.predecessors("19", UnitLevel.PROVINCE))
                .extracting(c -> c.oldCode())
                .containsExactly("06", "19");

        Series series =
                kpis.series(retail, List.of("19"), UnitLevel.PROVINCE, lineage).get("19");
        Map<String, java.util.NavigableMap<YearMonth, Double>> raw =
                kpis.queries().figures("ECO_RETAIL_SALES", List.of("06", "19"));
        YearMonth may = YearMonth.of(2025, 5);
        Double bacKan = raw.get("06").get(may);
        Double oldThaiNguyen = raw.get("19").get(may);

        if (bacKan != null && oldThaiNguyen != null) {
            assertThat(series.values().get(may)).isCloseTo(bacKan + oldThaiNguyen, within(1e-6));
        } else {
            assertThat(series.values().get(may)).isNull();
        }
        assertThat(series.values().get(YearMonth.of(2025, 8)))
                .isEqualTo(raw.get("19").get(YearMonth.of(2025, 8)));
        Figure year2024 = KpiMath.aggregate(series, Window.of(PeriodView.YEAR, YearMonth.of(2024, 1)));
        assertThat(year2024.has(Note.REFORM_COMBINED)).isTrue();

        Series rate = kpis.series(entry("ECO_BUDGET_VS_PLAN"), List.of("19"), UnitLevel.PROVINCE, lineage)
                .get("19");
        assertThat(KpiMath.aggregate(rate, Window.of(PeriodView.MONTH, may)).notes())
                .containsExactly(Note.NOT_COMBINABLE);
    }

    @Test
    void theProvincesOnTimeRateIsAShareOfItsDossiers() {
        Figure october = kpis.onTime(
                true, null, UnitLevel.PROVINCE, kpis.lineage(), Window.of(PeriodView.MONTH, YearMonth.of(2026, 10)));
        long[] sums = agent.cache().jdbi().withHandle(h -> h.createQuery(
                        "SELECT SUM(resolved_on_time), SUM(resolved) FROM dossier_stat WHERE period = '2026-10'")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .one());

        assertThat(october.value()).isCloseTo(sums[0] * 100.0 / sums[1], within(1e-9));
        assertThat(october.value()).isBetween(80.0, 100.0);
    }

    @Test
    void alertsAfterASyncMatchTheReadingsAndNoSourceIsStale() {
        CacheDatabase cache = agent.cache();
        AlertStore store = new AlertStore(cache);
        AlertEvaluator evaluator =
                new AlertEvaluator(store, new OverviewQueries(cache), new SyncStateRepository(cache), kpis);

        List<Alert> raised = evaluator.evaluate(demo.clock().instant(), TODAY);
        List<Alert> again = evaluator.evaluate(demo.clock().instant().plusSeconds(60), TODAY);

        assertThat(raised).noneMatch(a -> a.kind() == AlertKind.SOURCE_STALE);
        assertThat(again).isEmpty();
        assertThat(store.active()).hasSameSizeAs(raised);
        for (Alert alert : raised) {
            if (alert.kind() == AlertKind.INDICATOR) {
                assertThat(alert.observed()).as(alert.subject()).isNotNull();
            }
        }
    }

    @Test
    void camerasTheWallSeesWithoutAPictureCountTowardsTheOfflineAlert() {
        CacheDatabase cache = agent.cache();
        AlertStore store = new AlertStore(cache);
        AlertEvaluator evaluator =
                new AlertEvaluator(store, new OverviewQueries(cache), new SyncStateRepository(cache), kpis);
        CameraObservations observations = new CameraObservations(cache);
        Instant now = demo.clock().instant();
        List<String> online = cache.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT camera_id FROM camera WHERE status = 'online'")
                        .mapTo(String.class)
                        .list());
        assertThat(online).isNotEmpty();
        try {
            for (String id : online) {
                observations.record(new CameraObservation(id, "no_signal", true, now, now));
            }
            evaluator.evaluate(now, TODAY);

            assertThat(new OverviewQueries(cache).camerasWithoutPicture())
                    .isEqualTo(new OverviewQueries(cache).counts(now).cameras());
            assertThat(store.active())
                    .filteredOn(alert -> alert.kind() == AlertKind.CAMERAS_OFFLINE_SHARE)
                    .singleElement()
                    .satisfies(alert -> assertThat(alert.observed()).isEqualTo(100.0));

            online.forEach(observations::forget);
            evaluator.evaluate(now.plusSeconds(1), TODAY);
            assertThat(store.active())
                    .filteredOn(alert -> alert.kind() == AlertKind.CAMERAS_OFFLINE_SHARE)
                    .allSatisfy(alert -> assertThat(alert.observed()).isLessThan(100.0));
        } finally {
            online.forEach(observations::forget);
            // The other tests start from no alert at all.
            store.apply(List.of(), now.plusSeconds(2));
        }
    }
}
