package org.iocconsole.console.reports;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.iocconsole.console.common.I18n;

/** The overdue mark of a report: a red badge when the report is open past its deadline. FX thread only. */
final class OverdueCell extends TableCell<ReportItem, Boolean> {
    private final I18n i18n;

    OverdueCell(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("reports-overdue-cell");
    }

    @Override
    protected void updateItem(Boolean overdue, boolean empty) {
        super.updateItem(overdue, empty);
        setText(null);
        if (empty || overdue == null || !overdue) {
            setGraphic(null);
        } else {
            Label mark = new Label(i18n.get("reports.overdue"));
            mark.getStyleClass().add("reports-overdue");
            setGraphic(mark);
        }
    }
}
