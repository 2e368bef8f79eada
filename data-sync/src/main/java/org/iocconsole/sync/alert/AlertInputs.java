package org.iocconsole.sync.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.cache.OverviewCounts;
import org.iocconsole.sync.kpi.KpiReading;
import org.iocconsole.sync.model.SyncState;

/**
 * What the rules are evaluated against, read at one instant. Immutable.
 *
 * @param indicators the province's reading of each indicator for the latest complete month, by code
 */
public record AlertInputs(
        Instant now, OverviewCounts counts, List<SyncState> sources, Map<String, KpiReading> indicators) {

    public AlertInputs {
        sources = List.copyOf(sources);
        indicators = Map.copyOf(indicators);
    }
}
