package org.iocconsole.console.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.UnitQueries;
import org.iocconsole.sync.dashboard.DashboardItem;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.Widget;
import org.iocconsole.sync.kpi.CatalogEntry;
import org.iocconsole.sync.kpi.Figure;
import org.iocconsole.sync.kpi.KpiMath;
import org.iocconsole.sync.kpi.KpiReading;
import org.iocconsole.sync.kpi.KpiService;
import org.iocconsole.sync.kpi.PeriodView;
import org.iocconsole.sync.kpi.ReformLineage;
import org.iocconsole.sync.kpi.Series;
import org.iocconsole.sync.kpi.Window;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/**
 * Reads everything the KPI board shows from the cache: tiles, the time series, the communes' figures, the area's
 * lineage and the open alerts. Thread-safe; blocking, call off the FX thread.
 */
public final class BoardLoader {
    private final KpiService kpis;
    private final UnitQueries units;
    private final AlertStore alerts;

    public BoardLoader(KpiService kpis, UnitQueries units, AlertStore alerts) {
        this.kpis = kpis;
        this.units = units;
        this.alerts = alerts;
    }

    /** @param today the day in the console's zone, which decides the units in force */
    public BoardData load(BoardRequest request, LocalDate today) {
        Window window = Window.of(request.view(), request.month());
        List<CatalogEntry> catalog = kpis.queries().catalog();
        Map<String, CatalogEntry> byCode = new LinkedHashMap<>();
        catalog.forEach(e -> byCode.put(e.code(), e));
        List<AdminUnit> communes = units.validOn(today, UnitLevel.COMMUNE, false);
        String province = kpis.queries().homeProvince(today);
        boolean commune = request.areaCode() != null;
        String area = commune ? request.areaCode() : province;
        UnitLevel level = commune ? UnitLevel.COMMUNE : UnitLevel.PROVINCE;
        List<Alert> open = alerts.active();
        if (area == null) {
            return new BoardData(
                    request, window, null, null, List.of(), TrendSeries.EMPTY, List.of(), List.of(), null, open);
        }
        ReformLineage lineage = kpis.lineage();
        Instant asOf = kpis.queries().observationsAsOf();
        List<String> codes = request.tileCodes().isEmpty() ? new ArrayList<>(byCode.keySet()) : request.tileCodes();
        List<TileData> tiles = new ArrayList<>();
        for (String code : codes) {
            CatalogEntry entry = byCode.get(code);
            if (entry == null) {
                continue;
            }
            Series series = kpis.series(entry, List.of(area), level, lineage).get(area);
            tiles.add(new TileData(entry, read(entry, series, window), asOf));
        }
        CatalogEntry chart = byCode.get(request.chartCode());
        TrendSeries trend = TrendSeries.EMPTY;
        List<UnitValue> byUnit = List.of();
        if (chart != null) {
            trend = trend(
                    chart,
                    kpis.series(chart, List.of(area), level, lineage).get(area),
                    window,
                    reformMonth(lineage.predecessors(area, level)));
            if (!commune) {
                byUnit = byUnit(chart, communes, lineage, window);
            }
        }
        String name = commune ? nameOf(communes, area) : nameOf(units.validOn(today, UnitLevel.PROVINCE, false), area);
        Figure onTime = kpis.onTime(true, commune ? area : null, level, lineage, window);
        return new BoardData(
                request, window, area, name, tiles, trend, byUnit, lineage.predecessors(area, level), onTime, open);
    }

    /**
     * A saved dashboard's figures for the province, or for one commune when {@code areaCode} names one: its tiles, and
     * each chart's series; the communes' figures (bars, ranking) only for the province, a commune has none below it.
     */
    public DashboardData loadDashboard(
            DashboardLayout layout, PeriodView view, YearMonth month, LocalDate today, String areaCode) {
        Window window = Window.of(view, month);
        Map<String, CatalogEntry> byCode = new LinkedHashMap<>();
        kpis.queries().catalog().forEach(e -> byCode.put(e.code(), e));
        boolean commune = areaCode != null;
        String area = commune ? areaCode : kpis.queries().homeProvince(today);
        UnitLevel level = commune ? UnitLevel.COMMUNE : UnitLevel.PROVINCE;
        Map<String, TileData> tiles = new HashMap<>();
        Map<String, TrendSeries> trends = new HashMap<>();
        Map<String, List<UnitValue>> byUnit = new HashMap<>();
        Map<String, CatalogEntry> entries = new HashMap<>();
        if (area == null) {
            return new DashboardData(layout, window, null, null, tiles, trends, byUnit, entries, List.of());
        }
        ReformLineage lineage = kpis.lineage();
        Instant asOf = kpis.queries().observationsAsOf();
        List<AdminUnit> communes = units.validOn(today, UnitLevel.COMMUNE, false);
        List<UnitChange> predecessors = lineage.predecessors(area, level);
        for (DashboardItem item : layout.items()) {
            CatalogEntry entry = byCode.get(item.indicatorCode());
            if (entry == null) {
                continue;
            }
            entries.put(entry.code(), entry);
            if (item.widget() == Widget.TILE) {
                tiles.computeIfAbsent(
                        entry.code(),
                        code -> new TileData(
                                entry,
                                read(
                                        entry,
                                        kpis.series(entry, List.of(area), level, lineage)
                                                .get(area),
                                        window),
                                asOf));
            } else if (item.widget() == Widget.TREND) {
                trends.computeIfAbsent(
                        entry.code(),
                        code -> trend(
                                entry,
                                kpis.series(entry, List.of(area), level, lineage)
                                        .get(area),
                                window,
                                reformMonth(predecessors)));
            } else if (!commune) {
                byUnit.computeIfAbsent(entry.code(), code -> byUnit(entry, communes, lineage, window));
            }
        }
        String name = commune ? nameOf(communes, area) : nameOf(units.validOn(today, UnitLevel.PROVINCE, false), area);
        return new DashboardData(layout, window, areaCode, name, tiles, trends, byUnit, entries, predecessors);
    }

    private static KpiReading read(CatalogEntry entry, Series series, Window window) {
        return KpiReading.of(
                series, window, entry.thresholds(), entry.indicator().direction());
    }

    private List<UnitValue> byUnit(CatalogEntry chart, List<AdminUnit> communes, ReformLineage lineage, Window window) {
        List<String> codes = communes.stream().map(AdminUnit::code).toList();
        Map<String, Series> series = kpis.series(chart, codes, UnitLevel.COMMUNE, lineage);
        List<UnitValue> values = new ArrayList<>();
        for (AdminUnit unit : communes) {
            values.add(new UnitValue(unit.code(), unit.nameVi(), KpiMath.aggregate(series.get(unit.code()), window)));
        }
        boolean higherBetter = chart.indicator().direction() == Indicator.Direction.HIGHER_BETTER;
        Comparator<UnitValue> byValue =
                Comparator.comparingDouble(v -> v.figure().value());
        if (higherBetter) {
            byValue = byValue.reversed();
        }
        List<UnitValue> known = new ArrayList<>(values.stream()
                .filter(v -> v.figure().value() != null)
                .sorted(byValue)
                .toList());
        values.stream().filter(v -> v.figure().value() == null).forEach(known::add);
        return known;
    }

    /** The month the area's units took effect in the reform; null when the area did not change. */
    private static YearMonth reformMonth(List<UnitChange> predecessors) {
        return predecessors.isEmpty()
                ? null
                : YearMonth.from(predecessors.get(0).effectiveDate());
    }

    /**
     * Every period from the first figure to the window's end; gaps and withheld periods are NaN.
     *
     * @param reform the month the area's units took effect; null when it did not change
     */
    static TrendSeries trend(CatalogEntry chart, Series series, Window window, YearMonth reform) {
        if (series.values().isEmpty()) {
            return new TrendSeries(
                    chart.code(),
                    window.last(),
                    new double[0],
                    chart.indicator().target());
        }
        YearMonth first = series.values().firstKey();
        int months = (int) (window.last().getYear() * 12L
                        + window.last().getMonthValue()
                        - first.getYear() * 12L
                        - first.getMonthValue())
                + 1;
        int count = Math.max(0, months);
        double[] values = new double[count];
        Arrays.fill(values, Double.NaN);
        for (int i = 0; i < count; i++) {
            YearMonth month = first.plusMonths(i);
            Double value = series.values().get(month);
            boolean hidden = series.combinableFrom() != null && month.isBefore(series.combinableFrom());
            if (value != null && !hidden && series.range().accepts(value)) {
                values[i] = value;
            }
        }
        return new TrendSeries(chart.code(), first, values, chart.indicator().target(), reform);
    }

    private static String nameOf(List<AdminUnit> list, String code) {
        return list.stream()
                .filter(u -> u.code().equals(code))
                .map(AdminUnit::nameVi)
                .findFirst()
                .orElse(code);
    }
}
