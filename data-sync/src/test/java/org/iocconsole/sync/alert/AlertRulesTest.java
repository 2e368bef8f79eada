package org.iocconsole.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iocconsole.sync.cache.OverviewCounts;
import org.iocconsole.sync.kpi.KpiReading;
import org.iocconsole.sync.kpi.PeriodView;
import org.iocconsole.sync.kpi.Series;
import org.iocconsole.sync.kpi.Thresholds;
import org.iocconsole.sync.kpi.Window;
import org.iocconsole.sync.model.Aggregation;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.SyncState;
import org.junit.jupiter.api.Test;

class AlertRulesTest {
    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    static OverviewCounts counts(long overdue, long cameras, long offline) {
        return new OverviewCounts(1000, 300, overdue, 40, cameras, offline, 480, 92, 33, 5000);
    }

    static SyncState synced(String source, Instant at) {
        return new SyncState(source, Contract.CAMERAS, null, null, at, at, null, null, 10, 0);
    }

    static KpiReading accidents(double value) {
        TreeMap<YearMonth, Double> months = new TreeMap<>();
        months.put(YearMonth.of(2026, 10), value);
        return KpiReading.of(
                Series.monthly(months, Aggregation.SUM),
                Window.of(PeriodView.MONTH, YearMonth.of(2026, 10)),
                new Thresholds(30.0, 45.0, 60.0),
                Indicator.Direction.LOWER_BETTER);
    }

    private static AlertInputs inputs(OverviewCounts counts, List<SyncState> sources, Map<String, KpiReading> kpis) {
        return new AlertInputs(NOW, counts, sources, kpis);
    }

    @Test
    void overdueReportsFireAboveTheirThresholdOnly() {
        List<AlertRule> rules = List.of(
                new AlertRule("overdue", AlertKind.OVERDUE_REPORTS, null, 50.0, Severity.WARNING, true),
                new AlertRule("overdue-critical", AlertKind.OVERDUE_REPORTS, null, 200.0, Severity.CRITICAL, true));

        assertThat(AlertRules.evaluate(rules, inputs(counts(50, 0, 0), List.of(), Map.of())))
                .isEmpty();
        assertThat(AlertRules.evaluate(rules, inputs(counts(51, 0, 0), List.of(), Map.of())))
                .extracting(AlertCondition::ruleId, AlertCondition::observed)
                .containsExactly(tuple("overdue", 51.0));
        assertThat(AlertRules.evaluate(rules, inputs(counts(201, 0, 0), List.of(), Map.of())))
                .extracting(AlertCondition::severity)
                .containsExactly(Severity.WARNING, Severity.CRITICAL);
    }

    @Test
    void camerasOfflineShareIsAPercentageAndNoCamerasIsNoAlert() {
        List<AlertRule> rules =
                List.of(new AlertRule("cams", AlertKind.CAMERAS_OFFLINE_SHARE, null, 10.0, Severity.WARNING, true));

        // 35 of 350 is exactly 10 %: not above
        assertThat(AlertRules.evaluate(rules, inputs(counts(0, 350, 35), List.of(), Map.of())))
                .isEmpty();
        // 36 of 350 = 10.29 %
        assertThat(AlertRules.evaluate(rules, inputs(counts(0, 350, 36), List.of(), Map.of())))
                .singleElement()
                .satisfies(c -> assertThat(c.observed()).isCloseTo(36 * 100.0 / 350, within(1e-9)));
        assertThat(AlertRules.evaluate(rules, inputs(counts(0, 0, 0), List.of(), Map.of())))
                .isEmpty();
    }

    @Test
    void aSourceNotSyncedForLongerThanTheThresholdIsStaleAndNeverSyncedToo() {
        List<AlertRule> rules =
                List.of(new AlertRule("stale", AlertKind.SOURCE_STALE, null, 6.0, Severity.WARNING, true));
        List<SyncState> sources = List.of(
                synced("cameras", NOW.minusSeconds(6 * 3600)),
                synced("open311", NOW.minusSeconds(6 * 3600 + 60)),
                SyncState.fresh("facilities", Contract.FACILITIES));

        assertThat(AlertRules.evaluate(rules, inputs(counts(0, 0, 0), sources, Map.of())))
                .extracting(AlertCondition::subject)
                .containsExactly("open311", "facilities");
    }

    @Test
    void indicatorsFireAtTheLevelTheyCrossedAndDisabledRulesNever() {
        AlertRule all = new AlertRule("kpi", AlertKind.INDICATOR, null, null, Severity.WARNING, true);
        Map<String, KpiReading> readings =
                Map.of("TRF_ACCIDENTS", accidents(61), "TRF_INJURIES", accidents(46), "TRF_DEATHS", accidents(10));

        assertThat(AlertRules.evaluate(List.of(all), inputs(counts(0, 0, 0), List.of(), readings)))
                .extracting(AlertCondition::subject, AlertCondition::severity, AlertCondition::threshold)
                .containsExactly(
                        tuple("TRF_ACCIDENTS", Severity.CRITICAL, 60.0), tuple("TRF_INJURIES", Severity.WARNING, 45.0));
        AlertRule off = new AlertRule("kpi", AlertKind.INDICATOR, null, null, Severity.WARNING, false);
        assertThat(AlertRules.evaluate(List.of(off), inputs(counts(0, 0, 0), List.of(), readings)))
                .isEmpty();
    }
}
