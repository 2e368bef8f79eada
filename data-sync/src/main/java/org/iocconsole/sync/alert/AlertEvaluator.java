package org.iocconsole.sync.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.cache.OverviewCounts;
import org.iocconsole.sync.cache.OverviewQueries;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.kpi.CatalogEntry;
import org.iocconsole.sync.kpi.KpiReading;
import org.iocconsole.sync.kpi.KpiService;
import org.iocconsole.sync.kpi.PeriodView;
import org.iocconsole.sync.kpi.ReformLineage;
import org.iocconsole.sync.kpi.Series;
import org.iocconsole.sync.kpi.Window;
import org.iocconsole.sync.model.UnitLevel;

/**
 * Evaluates the alert rules after a sync: reads the counts, the sources' sync states and the province's indicators
 * for the last complete month, and stores the outcome. Thread-safe; blocking, call off the FX thread.
 */
public final class AlertEvaluator {
    private final AlertStore store;
    private final OverviewQueries overview;
    private final SyncStateRepository syncStates;
    private final KpiService kpis;

    public AlertEvaluator(AlertStore store, OverviewQueries overview, SyncStateRepository syncStates, KpiService kpis) {
        this.store = store;
        this.overview = overview;
        this.syncStates = syncStates;
        this.kpis = kpis;
    }

    /**
     * Evaluates every rule at {@code now}.
     *
     * @param today the day in the zone figures are shown in; its month is still running, so indicators are judged
     *     on the month before
     * @return the alerts raised or reopened now, then the province's own alerts synced since the last evaluation
     */
    public List<Alert> evaluate(Instant now, LocalDate today) {
        Map<String, KpiReading> readings = new HashMap<>();
        String province = kpis.queries().homeProvince(today);
        if (province != null) {
            ReformLineage lineage = kpis.lineage();
            Window window = Window.of(PeriodView.MONTH, YearMonth.from(today).minusMonths(1));
            for (CatalogEntry entry : kpis.queries().catalog()) {
                Series series = kpis.series(entry, List.of(province), UnitLevel.PROVINCE, lineage)
                        .get(province);
                readings.put(
                        entry.code(),
                        KpiReading.of(
                                series,
                                window,
                                entry.thresholds(),
                                entry.indicator().direction()));
            }
        }
        OverviewCounts registry = overview.counts(now, today);
        // The share of cameras offline counts what the camera walls observe as well as the registry's status.
        OverviewCounts counts = new OverviewCounts(
                registry.reportsTotal(),
                registry.reportsOpen(),
                registry.reportsOverdue(),
                registry.reportsLastDay(),
                registry.cameras(),
                overview.camerasWithoutPicture(),
                registry.facilities(),
                registry.communes(),
                registry.indicators(),
                registry.observations());
        AlertInputs inputs = new AlertInputs(now, counts, syncStates.all(), readings);
        List<Alert> raised = new ArrayList<>(store.apply(AlertRules.evaluate(store.rules(), inputs), now));
        raised.addAll(store.announceNotices());
        return raised;
    }
}
