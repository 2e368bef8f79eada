package org.iocconsole.console.reports;

import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.iocconsole.sync.cache.QueueRow;

/**
 * One report in the queue. The item lives as long as its report stays loaded, so the selection survives refreshes;
 * each read replaces its row. A report that arrived with a sync is marked fresh for a few seconds. FX thread only.
 */
public final class QueueItem {
    private final String id;
    private final ReadOnlyObjectWrapper<QueueRow> row;
    private final ReadOnlyBooleanWrapper fresh = new ReadOnlyBooleanWrapper(this, "fresh");
    private Instant freshUntil;

    QueueItem(QueueRow initial) {
        this.id = initial.id();
        this.row = new ReadOnlyObjectWrapper<>(this, "row", initial);
    }

    public String id() {
        return id;
    }

    public ReadOnlyObjectProperty<QueueRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public QueueRow getRow() {
        return row.get();
    }

    /** Whether the report arrived with a recent sync: the table highlights it briefly. */
    public ReadOnlyBooleanProperty freshProperty() {
        return fresh.getReadOnlyProperty();
    }

    public boolean isFresh() {
        return fresh.get();
    }

    void update(QueueRow value) {
        row.set(value);
    }

    void markFresh(Instant until) {
        freshUntil = until;
        fresh.set(true);
    }

    void tick(Instant now) {
        if (freshUntil != null && !now.isBefore(freshUntil)) {
            freshUntil = null;
            fresh.set(false);
        }
    }
}
