package org.iocconsole.console.map;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.PlainText;
import org.iocconsole.sync.model.AdminUnit;

/** The table of communes that match the search: name, type, code. FX thread only. */
final class UnitTable {
    private final I18n i18n;
    private final TableView<UnitRow> table = new TableView<>();

    UnitTable(MapScreenViewModel vm, I18n i18n) {
        this.i18n = i18n;
        UnitTypes types = new UnitTypes(i18n);
        table.setId("map-communes-table");
        table.getStyleClass().add("map-communes-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setItems(vm.getCommunes());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label();
        placeholder
                .textProperty()
                .bind(i18n.compute(() -> i18n.get(placeholderKey(vm)), vm.loadedProperty(), vm.totalProperty()));
        table.setPlaceholder(placeholder);

        table.getColumns().add(column("map.column.name", 50, unit -> PlainText.line(unit.nameVi())));
        table.getColumns().add(column("map.column.type", 25, unit -> types.name(unit.type())));
        table.getColumns().add(column("map.column.code", 15, unit -> PlainText.line(unit.code())));
        i18n.languageProperty().addListener((o, old, now) -> table.refresh());
    }

    TableView<UnitRow> table() {
        return table;
    }

    private static String placeholderKey(MapScreenViewModel vm) {
        if (!vm.loadedProperty().get()) {
            return "map.loading";
        }
        return vm.totalProperty().get() == 0 ? "map.empty" : "map.nomatch";
    }

    private TableColumn<UnitRow, UnitRow> column(String key, int share, Function<AdminUnit, String> text) {
        TableColumn<UnitRow, UnitRow> column = new TableColumn<>();
        column.setPrefWidth(share * 10.0);
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new UnitCell(text));
        // Vietnamese alphabetical order is kept; sorting by a column would follow a later request.
        column.setSortable(false);
        return column;
    }
}
