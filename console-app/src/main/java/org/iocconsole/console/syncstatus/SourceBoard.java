package org.iocconsole.console.syncstatus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.iocconsole.sync.model.Contract;

/**
 * The latest row of every source, folded on whichever thread brings news, plus the ids changed since the last
 * publication. Thread-safe.
 */
final class SourceBoard {
    private final ConcurrentHashMap<String, SourceRow> rows = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    /** Folds news into a source's row, creating the row when the source is new, and marks it changed. */
    void update(String sourceId, Contract contract, UnaryOperator<SourceRow> change) {
        rows.compute(sourceId, (id, old) -> change.apply(old == null ? SourceRow.initial(sourceId, contract) : old));
        // Marked after the fold, so whoever drains the mark reads at least this row.
        changed.add(sourceId);
    }

    SourceRow get(String sourceId) {
        return rows.get(sourceId);
    }

    /** The ids changed since the last call. */
    List<String> drainChanged() {
        List<String> drained = new ArrayList<>();
        for (Iterator<String> it = changed.iterator(); it.hasNext(); ) {
            drained.add(it.next());
            it.remove();
        }
        return drained;
    }
}
