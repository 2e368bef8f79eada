package org.iocconsole.console.testing;

import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.model.Contract;

/** Change events as the sync engine publishes them. */
public final class Events {
    private Events() {}

    /** Rows of the contract's source changed. */
    public static ChangeEvent changed(Contract contract) {
        return new ChangeEvent(contract.wireName(), contract, List.of("k"), Instant.EPOCH);
    }
}
