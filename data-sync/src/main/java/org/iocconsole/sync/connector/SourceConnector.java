package org.iocconsole.sync.connector;

import org.iocconsole.sync.config.SourceConfig;

/**
 * Reads one configured source page by page; what the sync engine calls for every source, whatever its contract.
 * Created by {@link SourceConnectors#create}.
 *
 * <p>A run is a loop: start from the cursor and ETag stored with the source (both null the first time), call
 * {@link #fetch}, write the page's rows, tombstones, {@code nextCursor} and {@code etag} in one cache transaction,
 * and call again with that cursor and ETag while {@code page().hasMore()}; check for cancellation between pages. A
 * crash or cancel between pages loses nothing: the next run resumes at the last committed cursor.
 *
 * <p>Cursors are opaque strings to be stored as they are (at most a few hundred characters). Feeds return the
 * server's {@code next_cursor}; Open311 connectors build their own (see {@code Open311Connector}).
 *
 * <p>Implementations hold no mutable state: thread-safe, though the engine runs one fetch per source at a time.
 *
 * @param <T> the model record the contract's rows become ({@code Camera}, {@code CitizenReport}, ...)
 */
public interface SourceConnector<T> {

    /** The source this connector reads. */
    SourceConfig source();

    /** The model type of the rows, for a cache writer that dispatches on it. */
    Class<T> rowType();

    /**
     * Reads the page after {@code cursor}.
     *
     * @param cursor the stored cursor, or null to start at the beginning of the feed
     * @param etag the ETag stored with that cursor, or null; sent as {@code If-None-Match} where the contract has it
     * @param cancel the run's handle; {@link CancelHandle#cancel()} from another thread ends this call promptly
     * @return the page (with the cursor and ETag to store next), or "not modified"
     * @throws SourceException on any failure, classified by {@link FailureKind}; nothing was returned, so nothing
     *     is written and the stored cursor stays where it was
     */
    FetchResult<T> fetch(String cursor, String etag, CancelHandle cancel) throws SourceException;
}
