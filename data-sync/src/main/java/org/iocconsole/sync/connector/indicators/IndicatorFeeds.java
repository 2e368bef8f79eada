package org.iocconsole.sync.connector.indicators;

import org.iocconsole.sync.connector.feed.FeedSpec;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Observation;

/**
 * The {@code indicators} and {@code observations} contracts (docs/api/indicators.md). Tombstone keys: the indicator
 * code; {@code indicator|unit_code|period} for observations.
 */
public final class IndicatorFeeds {

    /** {@code GET indicators}: the catalog. */
    public static final FeedSpec<Indicator> INDICATORS =
            FeedSpec.of(Contract.INDICATORS, "indicators", Indicator.class, new IndicatorMapping());

    /** {@code GET observations}: values per indicator, unit and period. */
    public static final FeedSpec<Observation> OBSERVATIONS =
            FeedSpec.of(Contract.OBSERVATIONS, "observations", Observation.class, new ObservationMapping());

    private IndicatorFeeds() {}
}
