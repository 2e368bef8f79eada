package org.iocconsole.console.cameras;

import atlantafx.base.theme.Styles;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.iocconsole.console.cameras.wall.CameraDrag;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.PlainText;
import org.iocconsole.sync.model.Camera;

/** The table of cameras that match the search: name, group, state. FX thread only. */
final class CameraTable {
    private final I18n i18n;
    private final TableView<CameraRow> table = new TableView<>();

    CameraTable(CamerasViewModel vm, I18n i18n) {
        this.i18n = i18n;
        table.setId("cameras-table");
        table.getStyleClass().add("cameras-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setItems(vm.getCameras());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label();
        placeholder
                .textProperty()
                .bind(i18n.compute(() -> i18n.get(placeholderKey(vm)), vm.loadedProperty(), vm.totalProperty()));
        table.setPlaceholder(placeholder);

        table.getColumns().add(text("cameras.column.name", 40, Camera::name));
        table.getColumns().add(text("cameras.column.group", 35, Camera::group));
        TableColumn<CameraRow, Camera.Status> status = new TableColumn<>();
        status.setPrefWidth(200);
        status.textProperty().bind(i18n.text("cameras.column.status"));
        status.setCellValueFactory(
                data -> new ReadOnlyObjectWrapper<>(data.getValue().camera().status()));
        status.setCellFactory(c -> new CameraStatusCell(i18n));
        status.setSortable(false);
        table.getColumns().add(status);
        i18n.languageProperty().addListener((o, old, now) -> table.refresh());
        table.setRowFactory(t -> draggableRow());
    }

    /** A row that can be dragged onto a tile of the wall, carrying its camera's id. */
    private static TableRow<CameraRow> draggableRow() {
        TableRow<CameraRow> row = new TableRow<>();
        row.setOnDragDetected(e -> {
            if (row.isEmpty() || row.getItem() == null) {
                return;
            }
            Dragboard board = row.startDragAndDrop(TransferMode.COPY);
            board.setContent(Map.of(CameraDrag.CAMERA_ID, row.getItem().camera().cameraId()));
            e.consume();
        });
        return row;
    }

    TableView<CameraRow> table() {
        return table;
    }

    private static String placeholderKey(CamerasViewModel vm) {
        if (!vm.loadedProperty().get()) {
            return "cameras.loading";
        }
        return vm.totalProperty().get() == 0 ? "cameras.empty" : "cameras.nomatch";
    }

    private TableColumn<CameraRow, String> text(String key, int share, Function<Camera, String> field) {
        TableColumn<CameraRow, String> column = new TableColumn<>();
        column.setPrefWidth(share * 10.0);
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(
                PlainText.line(field.apply(data.getValue().camera()))));
        // The registry's order (group, then name) is kept; sorting would follow a later request.
        column.setSortable(false);
        return column;
    }
}
