package org.iocconsole.console.dashboard;

import java.time.YearMonth;
import java.util.List;
import org.iocconsole.sync.kpi.PeriodView;

/**
 * What the KPI board shows: the period, the area (null for the whole province, or a commune's code), the indicators
 * of the tiles (empty for the whole catalog) and the indicator of the charts. Immutable.
 */
public record BoardRequest(
        PeriodView view, YearMonth month, String areaCode, List<String> tileCodes, String chartCode) {

    public BoardRequest {
        tileCodes = List.copyOf(tileCodes);
    }
}
