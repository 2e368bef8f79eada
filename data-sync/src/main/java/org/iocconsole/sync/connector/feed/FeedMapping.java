package org.iocconsole.sync.connector.feed;

import java.net.URI;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;

/**
 * The mapper of one feed contract: tells tombstones from rows, names an item's key and turns its DTO into the model
 * record, checking required fields. Implemented once per contract, next to its package-private DTO. Stateless.
 *
 * @param <D> the contract's DTO
 * @param <T> the model record
 */
public interface FeedMapping<D, T> {

    Class<D> dtoType();

    /** Whether the item says {@code "deleted": true}. */
    boolean deleted(D dto);

    /**
     * The item's key as written into {@code Page.deletedKeys}: the id for feeds keyed by one id; the key fields joined
     * with {@code |} in the cache's key order for composite keys. Null when a key field is missing.
     */
    String key(D dto);

    /** The model record; throws naming the item and field when the DTO breaks the contract. */
    T toModel(D dto, ItemRef ref, URI sourceUrl) throws MalformedResponseException;
}
