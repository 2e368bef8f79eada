package org.iocconsole.console.dashboard;

import java.util.List;
import java.util.Map;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.kpi.CatalogEntry;
import org.iocconsole.sync.kpi.Window;
import org.iocconsole.sync.model.UnitChange;

/**
 * A saved dashboard's figures at one read, built off the FX thread. Immutable.
 *
 * @param areaCode the commune shown, or null for the province
 * @param areaName the name of the area shown; null when the cache knows no home province yet
 * @param tiles the tiles' figures by indicator code; an indicator missing from the catalog has none
 * @param trends the time series by indicator code, for the charts
 * @param byUnit the communes' figures by indicator code, best first, for the bars and rankings
 * @param entries the catalog entries of the layout's indicators, by code
 * @param lineage the units the area was formed from in the last reform; empty when it did not change
 */
public record DashboardData(
        DashboardLayout layout,
        Window window,
        String areaCode,
        String areaName,
        Map<String, TileData> tiles,
        Map<String, TrendSeries> trends,
        Map<String, List<UnitValue>> byUnit,
        Map<String, CatalogEntry> entries,
        List<UnitChange> lineage) {

    public DashboardData {
        tiles = Map.copyOf(tiles);
        trends = Map.copyOf(trends);
        byUnit = Map.copyOf(byUnit);
        entries = Map.copyOf(entries);
        lineage = List.copyOf(lineage);
    }
}
