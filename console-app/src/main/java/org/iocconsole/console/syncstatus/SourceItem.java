package org.iocconsole.console.syncstatus;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One source in the sync view's list. The item stays for the life of the view, so selection survives updates; its
 * row is replaced by each published snapshot. FX thread only.
 */
public final class SourceItem {
    private final String sourceId;
    private final ReadOnlyObjectWrapper<SourceRow> row;

    SourceItem(SourceRow initial) {
        this.sourceId = initial.sourceId();
        this.row = new ReadOnlyObjectWrapper<>(this, "row", initial);
    }

    public String sourceId() {
        return sourceId;
    }

    public ReadOnlyObjectProperty<SourceRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public SourceRow getRow() {
        return row.get();
    }

    void setRow(SourceRow value) {
        row.set(value);
    }
}
