package org.iocconsole.console.reports;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.PlainText;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.cache.ReportSummary;

/**
 * The table of the latest reports, newest first. Every text from the cache goes in as plain text on one line. The
 * selection follows the view model's both ways, and the table redraws when the language changes. FX thread only.
 */
final class ReportTable {
    private final I18n i18n;
    private final TimeTexts times;
    private final ReportLabels labels;
    private final TableView<ReportItem> table = new TableView<>();

    ReportTable(ReportsViewModel vm, I18n i18n, TimeTexts times) {
        this.i18n = i18n;
        this.times = times;
        this.labels = new ReportLabels(i18n);
        table.setId("reports-table");
        table.getStyleClass().add("reports-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setItems(vm.getItems());
        // Widths below are proportions: the table shares its width among the columns whatever the type size.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label();
        placeholder
                .textProperty()
                .bind(i18n.compute(
                        () -> i18n.get(vm.loadedProperty().get() ? "reports.empty" : "reports.loading"),
                        vm.loadedProperty()));
        table.setPlaceholder(placeholder);

        table.getColumns().add(column("reports.column.id", 12, text(ReportSummary::id)));
        table.getColumns().add(column("reports.column.received", 12, time(ReportSummary::requestedAt)));
        table.getColumns().add(column("reports.column.category", 15, text(ReportSummary::serviceName)));
        table.getColumns().add(column("reports.column.commune", 14, text(ReportSummary::communeName)));
        table.getColumns().add(column("reports.column.status", 11, this::status));
        table.getColumns().add(column("reports.column.priority", 8, this::priority));
        table.getColumns().add(column("reports.column.agency", 11, text(ReportSummary::agency)));
        table.getColumns().add(column("reports.column.due", 12, time(ReportSummary::expectedAt)));
        table.getColumns().add(overdueColumn());

        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> vm.selectedProperty()
                .set(item));
        vm.selectedProperty().addListener((o, old, item) -> {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(item);
            }
        });
        i18n.languageProperty().addListener((o, old, now) -> table.refresh());
    }

    TableView<ReportItem> table() {
        return table;
    }

    private TableColumn<ReportItem, ReportSummary> column(
            String key, int share, BiConsumer<ReportCell, ReportSummary> render) {
        TableColumn<ReportItem, ReportSummary> column = new TableColumn<>();
        column.setPrefWidth(share * 10.0);
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(data -> data.getValue().summaryProperty());
        column.setCellFactory(c -> new ReportCell(render));
        // Newest first is the order that matters; sorting by a column would follow a later request.
        column.setSortable(false);
        return column;
    }

    private TableColumn<ReportItem, Boolean> overdueColumn() {
        TableColumn<ReportItem, Boolean> column = new TableColumn<>();
        column.setPrefWidth(80.0);
        column.textProperty().bind(i18n.text("reports.column.overdue"));
        column.setCellValueFactory(data -> data.getValue().overdueProperty());
        column.setCellFactory(c -> new OverdueCell(i18n));
        column.setSortable(false);
        return column;
    }

    private static BiConsumer<ReportCell, ReportSummary> text(Function<ReportSummary, String> field) {
        return (cell, summary) -> cell.setText(PlainText.line(field.apply(summary)));
    }

    private BiConsumer<ReportCell, ReportSummary> time(Function<ReportSummary, Instant> field) {
        return (cell, summary) -> {
            Instant at = field.apply(summary);
            cell.setText(at == null ? null : times.absolute(at));
            cell.mark("time");
        };
    }

    private void status(ReportCell cell, ReportSummary summary) {
        cell.setText(labels.workflow(summary.workflowStatus()));
        String slug = ReportLabels.slug(ReportLabels.WORKFLOW, summary.workflowStatus());
        cell.mark(slug == null ? null : "status-" + slug);
    }

    private void priority(ReportCell cell, ReportSummary summary) {
        cell.setText(labels.priority(summary.priority()));
        String slug = ReportLabels.slug(ReportLabels.PRIORITY, summary.priority());
        cell.mark(slug == null ? null : "priority-" + slug);
    }
}
