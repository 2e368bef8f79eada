package org.iocconsole.sync.connector.statistics;

import org.iocconsole.sync.connector.feed.FeedSpec;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.DocumentStat;
import org.iocconsole.sync.model.DossierStat;

/**
 * The {@code dossier-stats} and {@code document-stats} contracts (docs/api/statistics.md). Tombstone keys are
 * {@code unit_code|agency|period}.
 */
public final class StatisticsFeeds {

    /** {@code GET dossier-stats}: public-service dossiers per unit, agency and month. */
    public static final FeedSpec<DossierStat> DOSSIER_STATS =
            FeedSpec.of(Contract.DOSSIER_STATS, "dossier-stats", DossierStat.class, new DossierStatMapping());

    /** {@code GET document-stats}: electronic documents per unit, agency and month. */
    public static final FeedSpec<DocumentStat> DOCUMENT_STATS =
            FeedSpec.of(Contract.DOCUMENT_STATS, "document-stats", DocumentStat.class, new DocumentStatMapping());

    private StatisticsFeeds() {}
}
