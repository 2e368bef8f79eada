package org.iocconsole.console.access;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.cache.AuditEntry;

/** The audit log viewer: filters, a table of entries, paging and CSV export. FX thread only. */
public final class AuditView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BorderPane root = new BorderPane();

    public AuditView(AuditViewModel vm, AccessGate gate, I18n i18n, ZoneId zone) {
        TextField user = new TextField();
        user.setId("audit-user");
        user.promptTextProperty().bind(i18n.text("access.audit.user"));
        user.textProperty().bindBidirectional(vm.userProperty());
        TextField action = new TextField();
        action.setId("audit-action");
        action.promptTextProperty().bind(i18n.text("access.audit.action"));
        action.textProperty().bindBidirectional(vm.actionProperty());
        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.promptTextProperty().bind(i18n.text("access.audit.from"));
        from.valueProperty().bindBidirectional(vm.fromDayProperty());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.promptTextProperty().bind(i18n.text("access.audit.to"));
        to.valueProperty().bindBidirectional(vm.toDayProperty());
        Button search = new Button();
        search.setId("audit-search");
        search.setDefaultButton(true);
        search.textProperty().bind(i18n.text("access.audit.search"));
        search.setOnAction(e -> vm.search());
        Button export = new Button();
        export.setId("audit-export");
        export.textProperty().bind(i18n.text("access.audit.export"));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("audit.csv");
            File file = chooser.showSaveDialog(
                    root.getScene() == null ? null : root.getScene().getWindow());
            if (file != null) {
                vm.exportCsv(file.toPath());
            }
        });
        HBox filters = new HBox(8, user, action, from, to, search, export);
        filters.getStyleClass().add("audit-filters");
        GatedControls.gate(export, gate, Permission.EXPORT_AUDIT, i18n);

        TableView<AuditEntry> table = new TableView<>(vm.getEntries());
        table.setId("audit-table");
        table.getColumns().add(column(i18n, "access.audit.col.at", e -> TIME.format(e.at().atZone(zone))));
        table.getColumns().add(column(i18n, "access.audit.col.user", AuditEntry::actor));
        table.getColumns().add(column(i18n, "access.audit.col.action", AuditEntry::action));
        table.getColumns().add(column(i18n, "access.audit.col.target", AuditEntry::targetId));
        table.getColumns().add(column(i18n, "access.audit.col.detail", AuditEntry::detail));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button previous = new Button();
        previous.setId("audit-previous");
        previous.textProperty().bind(i18n.text("access.audit.previous"));
        previous.setOnAction(e -> vm.previousPage());
        Button next = new Button();
        next.setId("audit-next");
        next.textProperty().bind(i18n.text("access.audit.next"));
        next.setOnAction(e -> vm.nextPage());
        Label position = new Label();
        position.setId("audit-position");
        position.textProperty()
                .bind(i18n.format(
                        "access.audit.position",
                        () -> new Object[] {
                            vm.pageProperty().get() + 1,
                            Math.max(
                                    1,
                                    (vm.totalProperty().get() + AuditViewModel.PAGE_SIZE - 1)
                                            / AuditViewModel.PAGE_SIZE),
                            vm.totalProperty().get()
                        },
                        vm.pageProperty(),
                        vm.totalProperty()));
        Label result = new Label();
        result.setId("audit-result");
        result.textProperty()
                .bind(i18n.compute(() -> resultText(i18n, vm.resultProperty().get()), vm.resultProperty()));
        HBox pager = new HBox(8, previous, position, next, result);
        pager.getStyleClass().add("audit-pager");

        root.setId("audit");
        root.getStyleClass().add("audit");
        root.setTop(filters);
        root.setCenter(table);
        root.setBottom(pager);
    }

    public Node root() {
        return root;
    }

    private static TableColumn<AuditEntry, String> column(I18n i18n, String key, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static String resultText(I18n i18n, String result) {
        if (result == null || result.isEmpty()) {
            return "";
        }
        if (result.equals("refused")) {
            return i18n.get(AccessGate.REFUSED_ROLE);
        }
        if (result.startsWith("done:")) {
            int count = result.lastIndexOf(':');
            return i18n.get("access.audit.exported", result.substring(5, count), result.substring(count + 1));
        }
        return i18n.get("access.audit.export-failed", result.substring("failed:".length()));
    }
}
