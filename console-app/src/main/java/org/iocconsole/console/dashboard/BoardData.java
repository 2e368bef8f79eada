package org.iocconsole.console.dashboard;

import java.util.List;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.kpi.Figure;
import org.iocconsole.sync.kpi.Window;
import org.iocconsole.sync.model.UnitChange;

/**
 * Everything the KPI board shows at one read, built off the FX thread so that applying it is cheap. Immutable.
 *
 * @param areaName the area's name; null for the province when it is not known yet
 * @param lineage the units the area was formed from in the last reform; empty when it did not change
 * @param byUnit the communes' figures for the chart indicator, best first; empty in a commune's view
 * @param dossiersOnTime the share of dossiers resolved on time over the window
 */
public record BoardData(
        BoardRequest request,
        Window window,
        String areaCode,
        String areaName,
        List<TileData> tiles,
        TrendSeries trend,
        List<UnitValue> byUnit,
        List<UnitChange> lineage,
        Figure dossiersOnTime,
        List<Alert> alerts) {

    public BoardData {
        tiles = List.copyOf(tiles);
        byUnit = List.copyOf(byUnit);
        lineage = List.copyOf(lineage);
        alerts = List.copyOf(alerts);
    }
}
