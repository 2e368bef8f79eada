package org.iocconsole.console.map;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import org.iocconsole.sync.model.AdminUnit;

/**
 * A cell of the communes table. It computes its text when drawn, not when the row is read, so a type follows the
 * language when the table redraws. FX thread only.
 */
final class UnitCell extends TableCell<UnitRow, UnitRow> {
    private final Function<AdminUnit, String> text;

    UnitCell(Function<AdminUnit, String> text) {
        this.text = text;
    }

    @Override
    protected void updateItem(UnitRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(empty || row == null ? null : text.apply(row.unit()));
    }
}
