package org.iocconsole.console.reports;

import java.util.function.BiConsumer;
import javafx.scene.control.TableCell;
import org.iocconsole.sync.cache.QueueRow;

/** A cell of the queue drawn from the report's whole row, so one read updates every column. FX thread only. */
final class QueueCell extends TableCell<QueueItem, QueueRow> {
    private static final String PREFIX = "reports-cell-";

    private final BiConsumer<QueueCell, QueueRow> render;

    /** @param render fills the cell from a row; called with a non-null row only */
    QueueCell(BiConsumer<QueueCell, QueueRow> render) {
        this.render = render;
    }

    @Override
    protected void updateItem(QueueRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeIf(c -> c.startsWith(PREFIX));
        setGraphic(null);
        if (empty || row == null) {
            setText(null);
        } else {
            render.accept(this, row);
        }
    }

    /** Draws the cell again with its current row (the clock moved). */
    void redraw() {
        updateItem(getItem(), isEmpty());
    }

    /** Adds a style class that is cleared before the next render. */
    void mark(String suffix) {
        if (suffix != null) {
            getStyleClass().add(PREFIX + suffix);
        }
    }
}
