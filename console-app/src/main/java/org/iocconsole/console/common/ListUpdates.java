package org.iocconsole.console.common;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * Brings a list shown in a view to new contents with small edits instead of replacing it: items are compared by
 * identity, so a view model that keeps one item per row across refreshes sees its rows stay in place, and a table
 * keeps the selection, focus and scroll position that a full replacement would reset. FX thread only, like the
 * list.
 */
public final class ListUpdates {
    private ListUpdates() {}

    /** Removes what {@code wanted} lacks, then inserts or moves items until the list equals {@code wanted}. */
    public static <T> void update(ObservableList<T> target, List<T> wanted) {
        if (target.isEmpty() || wanted.isEmpty()) {
            target.setAll(wanted);
            return;
        }
        Set<T> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        target.removeIf(item -> !keep.contains(item));
        for (int i = 0; i < wanted.size(); i++) {
            T item = wanted.get(i);
            if (i < target.size() && target.get(i) == item) {
                continue;
            }
            int at = indexOf(target, item, i + 1);
            if (at >= 0) {
                target.remove(at);
            }
            target.add(i, item);
        }
        if (target.size() > wanted.size()) {
            // Only when wanted holds one item twice: the loop above keeps the list in step otherwise.
            target.remove(wanted.size(), target.size());
        }
    }

    private static <T> int indexOf(List<T> list, T item, int from) {
        for (int i = from; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return -1;
    }
}
