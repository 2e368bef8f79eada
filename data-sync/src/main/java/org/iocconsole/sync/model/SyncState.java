package org.iocconsole.sync.model;

import java.time.Instant;

/**
 * What the cache knows of one source's sync: where the next run starts and how the last ones went.
 *
 * @param cursor the feed position after the last committed page, or null to start from the beginning
 * @param etag the ETag of the last response, sent back as If-None-Match
 * @param lastSuccessAt when a run last reached the end of the feed; every figure of the source is "as of" this
 * @param rowsTotal rows written by this source since the cache was created
 */
public record SyncState(
        String sourceId,
        Contract contract,
        String cursor,
        String etag,
        Instant lastAttemptAt,
        Instant lastSuccessAt,
        String lastError,
        Instant lastErrorAt,
        long rowsTotal,
        int consecutiveFailures) {

    /** The state of a source that never ran. */
    public static SyncState fresh(String sourceId, Contract contract) {
        return new SyncState(sourceId, contract, null, null, null, null, null, null, 0, 0);
    }
}
