package org.iocconsole.sync.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.iocconsole.sync.model.Contract;

/**
 * Rows of one source changed in the cache; published after the transaction committed. View models re-query the
 * cache when they see one for a contract they show.
 *
 * @param keys keys of the rows written or deleted (the first key column for composite keys)
 */
public record ChangeEvent(String sourceId, Contract contract, List<String> keys, Instant at) {

    public ChangeEvent {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(contract, "contract");
        keys = List.copyOf(keys);
        Objects.requireNonNull(at, "at");
    }
}
