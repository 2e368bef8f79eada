package org.iocconsole.console.reports;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.PlainText;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.cache.QueueRow;
import org.iocconsole.sync.reports.SlaState;

/**
 * The queue's table: a virtualized list of the loaded reports that asks the view model for the next page when its
 * last rows come into view. The time-left column redraws once a second, and only for the rows on screen (the table
 * keeps cells for those alone). Reports arriving above the rows in view do not move them, and fresh ones are
 * highlighted. Every text from the cache goes in as plain text on one line. FX thread only.
 */
final class QueueTable {
    private static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");
    /** The next page is read when a row this close to the end of the loaded ones is drawn. */
    private static final int READ_AHEAD = 20;

    private final ReportQueueViewModel vm;
    private final I18n i18n;
    private final TimeTexts times;
    private final ReportLabels labels;
    private final TableView<QueueItem> table = new TableView<>();

    QueueTable(ReportQueueViewModel vm, I18n i18n, TimeTexts times) {
        this.vm = vm;
        this.i18n = i18n;
        this.times = times;
        this.labels = new ReportLabels(i18n);
        table.setId("reports-table");
        table.getStyleClass().addAll("reports-table", Styles.DENSE);
        table.setItems(vm.getItems());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label();
        placeholder
                .textProperty()
                .bind(i18n.compute(
                        () -> i18n.get(vm.loadedProperty().get() ? "reports.queue.empty" : "reports.loading"),
                        vm.loadedProperty()));
        table.setPlaceholder(placeholder);

        table.getColumns().add(column("reports.column.id", 11, text(QueueRow::id)));
        table.getColumns().add(column("reports.column.received", 11, time(QueueRow::requestedAt)));
        table.getColumns().add(column("reports.column.category", 14, text(QueueRow::serviceName)));
        table.getColumns().add(column("reports.column.commune", 13, text(QueueRow::communeName)));
        table.getColumns().add(column("reports.column.status", 10, this::status));
        table.getColumns().add(column("reports.column.priority", 8, this::priority));
        table.getColumns().add(column("reports.column.agency", 12, text(QueueRow::agency)));
        table.getColumns().add(column("reports.column.due", 11, time(QueueRow::expectedAt)));
        TableColumn<QueueItem, QueueRow> left = column("reports.queue.column.left", 10, this::timeLeft);
        left.setCellFactory(c -> {
            QueueCell cell = new QueueCell(this::timeLeft);
            // Only cells on screen exist, so only visible rows tick.
            vm.nowProperty().addListener((o, old, now) -> cell.redraw());
            return cell;
        });
        table.getColumns().add(left);

        table.setRowFactory(t -> new QueueRowCell());

        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null) {
                vm.selectedProperty().set(item);
            }
        });
        vm.selectedProperty().addListener((o, old, item) -> {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
                table.getFocusModel().focus(table.getItems().indexOf(item));
            }
        });
        vm.getItems().addListener(this::keepPlace);
        i18n.languageProperty().addListener((o, old, now) -> table.refresh());
    }

    /** A row that carries its report's fresh highlight and asks for the next page near the end. */
    private final class QueueRowCell extends TableRow<QueueItem> {
        private final javafx.beans.value.ChangeListener<Boolean> onFresh =
                (o, was, is) -> pseudoClassStateChanged(FRESH, is);
        private QueueItem shown;

        @Override
        protected void updateItem(QueueItem item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.freshProperty().removeListener(onFresh);
            }
            shown = empty ? null : item;
            pseudoClassStateChanged(FRESH, shown != null && shown.isFresh());
            if (shown != null) {
                shown.freshProperty().addListener(onFresh);
                if (getIndex() >= vm.getItems().size() - READ_AHEAD) {
                    vm.loadMore();
                }
            }
        }
    }

    TableView<QueueItem> table() {
        return table;
    }

    /**
     * Reports inserted above the first row in view push it down; scrolling by as many keeps what the operator was
     * reading in place. At the very top, new reports simply appear there, highlighted.
     */
    private void keepPlace(ListChangeListener.Change<? extends QueueItem> change) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        if (first <= 0) {
            return;
        }
        int shift = 0;
        while (change.next()) {
            if (change.getFrom() <= first + shift) {
                shift += change.getAddedSize() - change.getRemovedSize();
            }
        }
        if (shift != 0) {
            table.scrollTo(Math.max(0, first + shift));
        }
    }

    private TableColumn<QueueItem, QueueRow> column(String key, int share, BiConsumer<QueueCell, QueueRow> render) {
        TableColumn<QueueItem, QueueRow> column = new TableColumn<>();
        column.setPrefWidth(share * 10.0);
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(data -> data.getValue().rowProperty());
        column.setCellFactory(c -> new QueueCell(render));
        // The order is the view model's (an index order in the cache); a column sort would sort only what is loaded.
        column.setSortable(false);
        return column;
    }

    private static BiConsumer<QueueCell, QueueRow> text(Function<QueueRow, String> field) {
        return (cell, row) -> cell.setText(PlainText.line(field.apply(row)));
    }

    private BiConsumer<QueueCell, QueueRow> time(Function<QueueRow, Instant> field) {
        return (cell, row) -> {
            Instant at = field.apply(row);
            cell.setText(at == null ? null : times.absolute(at));
            cell.mark("time");
        };
    }

    private void status(QueueCell cell, QueueRow row) {
        cell.setText(labels.workflow(row.workflowStatus()));
        String slug = ReportLabels.slug(ReportLabels.WORKFLOW, row.workflowStatus());
        cell.mark(slug == null ? null : "status-" + slug);
    }

    private void priority(QueueCell cell, QueueRow row) {
        cell.setText(labels.priority(row.priority()));
        String slug = ReportLabels.slug(ReportLabels.PRIORITY, row.priority());
        cell.mark(slug == null ? null : "priority-" + slug);
    }

    private void timeLeft(QueueCell cell, QueueRow row) {
        SlaState state = vm.slaState(row);
        cell.setText(
                state == SlaState.NONE
                        ? null
                        : Countdown.text(
                                i18n, row.expectedAt(), vm.nowProperty().get()));
        cell.mark("sla-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
