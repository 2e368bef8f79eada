package org.iocconsole.console.syncstatus;

import java.util.function.BiConsumer;
import javafx.scene.control.TableCell;

/**
 * A table cell that draws itself from a source's whole row, so that one published row updates every column. FX
 * thread only.
 */
final class RowCell extends TableCell<SourceItem, SourceRow> {
    private final BiConsumer<RowCell, SourceRow> render;

    /** @param render fills the cell from a row; called with a non-null row only */
    RowCell(BiConsumer<RowCell, SourceRow> render) {
        this.render = render;
    }

    @Override
    protected void updateItem(SourceRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeIf(c -> c.startsWith("sync-cell-"));
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
        } else {
            render.accept(this, row);
        }
    }

    /** Adds a style class that is cleared before the next render. */
    void mark(String suffix) {
        getStyleClass().add("sync-cell-" + suffix);
    }
}
