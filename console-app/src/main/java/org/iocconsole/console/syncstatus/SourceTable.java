package org.iocconsole.console.syncstatus;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.TimeTexts;

/**
 * The table of sources: one row per source, every column drawn from the source's latest row. Redraws when the
 * language or the clock moves, so relative times and texts stay right. FX thread only.
 */
final class SourceTable {
    private final SyncStatusViewModel vm;
    private final I18n i18n;
    private final TimeTexts times;
    private final TableView<SourceItem> table = new TableView<>();

    SourceTable(SyncStatusViewModel vm, I18n i18n, TimeTexts times) {
        this.vm = vm;
        this.i18n = i18n;
        this.times = times;
        table.setId("sync-source-table");
        table.getStyleClass().add("sync-source-table");
        table.setItems(vm.getItems());
        // Widths below are proportions: the table shares its width among the columns whatever the type size.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.text("syncstatus.empty"));
        table.setPlaceholder(placeholder);

        table.getColumns().add(column("syncstatus.column.source", 14, this::source));
        table.getColumns().add(column("syncstatus.column.contract", 9, this::contract));
        table.getColumns().add(column("syncstatus.column.phase", 11, this::phase));
        table.getColumns().add(column("syncstatus.column.progress", 9, this::progress));
        table.getColumns().add(column("syncstatus.column.rows", 9, this::rows));
        table.getColumns().add(column("syncstatus.column.lastsuccess", 21, this::lastSuccess));
        table.getColumns().add(column("syncstatus.column.error", 17, this::error));

        // Two-way: the table selects in the model, and the model's selection survives list updates.
        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> vm.selectedProperty()
                .set(item));
        vm.selectedProperty()
                .addListener((o, old, item) -> table.getSelectionModel().select(item));
        i18n.languageProperty().addListener((o, old, now) -> table.refresh());
        vm.nowProperty().addListener((o, old, now) -> table.refresh());
    }

    TableView<SourceItem> table() {
        return table;
    }

    private TableColumn<SourceItem, SourceRow> column(String key, int share, BiConsumer<RowCell, SourceRow> render) {
        TableColumn<SourceItem, SourceRow> column = new TableColumn<>();
        column.setPrefWidth(share * 10.0);
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(data -> data.getValue().rowProperty());
        column.setCellFactory(c -> new RowCell(render));
        column.setSortable(false);
        return column;
    }

    private void source(RowCell cell, SourceRow row) {
        Label id = new Label(row.sourceId());
        id.getStyleClass().add("sync-source-id");
        HBox box = new HBox(id);
        box.getStyleClass().add("sync-source");
        if (row.insecure()) {
            Label insecure = new Label(i18n.get("syncstatus.insecure"));
            insecure.getStyleClass().add("sync-insecure");
            insecure.setTooltip(new Tooltip(i18n.get("syncstatus.insecure.tooltip")));
            box.getChildren().add(insecure);
        }
        cell.setText(null);
        cell.setGraphic(box);
        cell.setTooltip(row.url() == null ? null : new Tooltip(row.url()));
    }

    private void contract(RowCell cell, SourceRow row) {
        cell.setText(row.contract().wireName());
    }

    private void phase(RowCell cell, SourceRow row) {
        String slug = row.phase().name().toLowerCase(Locale.ROOT).replace('_', '-');
        cell.setText(i18n.get("syncstatus.phase." + slug));
        cell.mark("phase-" + slug);
        cell.setTooltip(row.message() == null || row.message().isBlank() ? null : new Tooltip(row.message()));
    }

    private void progress(RowCell cell, SourceRow row) {
        cell.setText(null);
        if (row.running()) {
            ProgressBar bar = new ProgressBar(row.fraction());
            bar.setMaxWidth(Double.MAX_VALUE);
            cell.setGraphic(bar);
        } else {
            cell.setGraphic(null);
        }
    }

    private void rows(RowCell cell, SourceRow row) {
        if (!row.running()) {
            cell.setText(i18n.get("syncstatus.rows.total", row.rowsTotal()));
        } else if (row.total() >= 0) {
            cell.setText(i18n.get("syncstatus.rows.running", row.done(), row.total()));
        } else {
            cell.setText(i18n.get("syncstatus.rows.total", row.done()));
        }
        cell.mark("number");
    }

    private void lastSuccess(RowCell cell, SourceRow row) {
        if (row.lastSuccessAt() == null) {
            cell.setText(i18n.get("syncstatus.lastsuccess.never"));
            cell.mark("never");
            return;
        }
        cell.setText(
                times.relativeAndAbsolute(row.lastSuccessAt(), vm.nowProperty().get()));
        if (row.stale(vm.nowProperty().get(), vm.staleAfter())) {
            cell.mark("stale");
        }
    }

    private void error(RowCell cell, SourceRow row) {
        String error = row.lastError();
        cell.setText(error);
        cell.setTooltip(error == null ? null : new Tooltip(error));
        if (error != null) {
            cell.mark(row.errorStands() ? "error" : "error-resolved");
        }
    }
}
