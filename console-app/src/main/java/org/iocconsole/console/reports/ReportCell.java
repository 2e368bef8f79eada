package org.iocconsole.console.reports;

import java.util.function.BiConsumer;
import javafx.scene.control.TableCell;
import org.iocconsole.sync.cache.ReportSummary;

/**
 * A cell of the reports table drawn from the report's whole summary, so one read updates every column. FX thread
 * only.
 */
final class ReportCell extends TableCell<ReportItem, ReportSummary> {
    private static final String PREFIX = "reports-cell-";

    private final BiConsumer<ReportCell, ReportSummary> render;

    /** @param render fills the cell from a summary; called with a non-null summary only */
    ReportCell(BiConsumer<ReportCell, ReportSummary> render) {
        this.render = render;
    }

    @Override
    protected void updateItem(ReportSummary summary, boolean empty) {
        super.updateItem(summary, empty);
        getStyleClass().removeIf(c -> c.startsWith(PREFIX));
        setGraphic(null);
        if (empty || summary == null) {
            setText(null);
        } else {
            render.accept(this, summary);
        }
    }

    /** Adds a style class that is cleared before the next render. */
    void mark(String suffix) {
        if (suffix != null) {
            getStyleClass().add(PREFIX + suffix);
        }
    }
}
