package org.iocconsole.console.dashboard;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.Buttons;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.dashboard.DashboardItem;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.Widget;
import org.iocconsole.sync.kpi.CatalogEntry;

/**
 * The composition screen: the saved dashboards, the dashboard's name, role and dwell time, the indicator and widget
 * of the next cell, and the grid itself, where a click selects a cell that the arrow buttons then move or resize.
 * FX thread only.
 */
public final class DashboardComposerView {
    private static final double CELL_WIDTH = 110;
    private static final double CELL_HEIGHT = 56;

    private final DashboardComposerViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox();
    private final GridPane grid = new GridPane();

    public DashboardComposerView(DashboardComposerViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("dashboard-composer");
        root.getStyleClass().add("dashboard-composer");

        ComboBox<DashboardLayout> saved = new ComboBox<>(vm.saved());
        saved.setId("compose-saved");
        saved.setConverter(EditorForms.converter(l -> l.name() + " · " + roleText(l.role())));
        saved.setOnAction(e -> {
            if (saved.getValue() != null) {
                vm.open(saved.getValue());
            }
        });
        Button fresh = button("compose-new", "dashboard.compose.new", vm::newDashboard);
        Button delete = button("compose-delete", "dashboard.compose.delete", vm::delete);

        TextField name = new TextField();
        name.setId("compose-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<String> role = new ComboBox<>();
        role.getItems().setAll(DashboardComposerViewModel.ROLES);
        role.setId("compose-role");
        role.setConverter(EditorForms.converter(this::roleText));
        role.valueProperty().bindBidirectional(vm.roleProperty());
        Spinner<Integer> dwell =
                new Spinner<>(5, 3600, vm.dwellSecondsProperty().get(), 5);
        dwell.setId("compose-dwell");
        dwell.setEditable(true);
        dwell.getValueFactory().valueProperty().addListener((o, a, b) -> vm.dwellSecondsProperty()
                .set(b));
        vm.dwellSecondsProperty()
                .addListener((o, a, b) -> dwell.getValueFactory().setValue(b.intValue()));
        HBox form = new HBox(
                label("dashboard.compose.name"),
                name,
                label("dashboard.compose.role"),
                role,
                label("dashboard.compose.dwell"),
                dwell);
        form.getStyleClass().add("dashboard-compose-row");

        ComboBox<String> indicator = new ComboBox<>();
        indicator.setId("compose-indicator");
        vm.indicators().addListener((ListChangeListener<CatalogEntry>) c -> indicator
                .getItems()
                .setAll(vm.indicators().stream().map(CatalogEntry::code).toList()));
        indicator.setConverter(EditorForms.converter(this::indicatorName));
        indicator.valueProperty().bindBidirectional(vm.indicatorProperty());
        ComboBox<Widget> widget = new ComboBox<>();
        widget.getItems().setAll(Widget.values());
        widget.setId("compose-widget");
        widget.setConverter(EditorForms.converter(this::widgetText));
        widget.valueProperty().bindBidirectional(vm.widgetProperty());
        Button add = button("compose-add", "dashboard.compose.add", vm::add);
        HBox adding = new HBox(label("dashboard.compose.indicator"), indicator, widget, add);
        adding.getStyleClass().add("dashboard-compose-row");

        HBox editing = new HBox(
                button("compose-left", "dashboard.compose.left", () -> vm.move(-1, 0)),
                button("compose-right", "dashboard.compose.right", () -> vm.move(1, 0)),
                button("compose-up", "dashboard.compose.up", () -> vm.move(0, -1)),
                button("compose-down", "dashboard.compose.down", () -> vm.move(0, 1)),
                button("compose-wider", "dashboard.compose.wider", () -> vm.resize(1, 0)),
                button("compose-narrower", "dashboard.compose.narrower", () -> vm.resize(-1, 0)),
                button("compose-taller", "dashboard.compose.taller", () -> vm.resize(0, 1)),
                button("compose-shorter", "dashboard.compose.shorter", () -> vm.resize(0, -1)),
                button("compose-remove", "dashboard.compose.remove", vm::removeSelected));
        editing.getStyleClass().add("dashboard-compose-row");
        editing.disableProperty().bind(vm.selectedProperty().isNull());

        Label message = new Label();
        message.setId("compose-message");
        message.getStyleClass().add("dashboard-compose-message");
        message.textProperty()
                .bind(i18n.compute(
                        () -> vm.messageProperty().get().isEmpty()
                                ? ""
                                : i18n.get(vm.messageProperty().get()),
                        vm.messageProperty()));
        Button save = button("compose-save", "dashboard.compose.save", vm::save);

        for (int c = 0; c < DashboardLayout.COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints(CELL_WIDTH);
            column.setHgrow(Priority.NEVER);
            grid.getColumnConstraints().add(column);
        }
        grid.setId("compose-grid");
        grid.getStyleClass().add("dashboard-compose-grid");
        vm.items().addListener((ListChangeListener<DashboardItem>) c -> redraw());
        vm.selectedProperty().addListener((o, a, b) -> redraw());
        i18n.languageProperty().addListener((o, a, b) -> redraw());

        root.getChildren()
                .addAll(
                        new HBox(label("dashboard.compose.list"), saved, fresh, delete),
                        form,
                        adding,
                        editing,
                        grid,
                        new HBox(save, message));
        redraw();
    }

    public Parent root() {
        return root;
    }

    private void redraw() {
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        int rows = Math.max(4, vm.layout().rows() + 1);
        for (int r = 0; r < rows; r++) {
            grid.getRowConstraints().add(new RowConstraints(CELL_HEIGHT));
        }
        int index = 0;
        for (DashboardItem item : vm.items()) {
            Label cell = new Label(indicatorName(item.indicatorCode()) + "\n" + widgetText(item.widget()));
            cell.setWrapText(true);
            cell.setId("compose-cell-" + index++);
            cell.getStyleClass()
                    .addAll(
                            "dashboard-compose-cell",
                            "dashboard-compose-" + item.widget().wireName());
            if (item.equals(vm.selectedProperty().get())) {
                cell.getStyleClass().add("dashboard-compose-selected");
            }
            cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            cell.setOnMouseClicked(e -> vm.selectedProperty().set(item));
            grid.add(cell, item.column(), item.row(), item.width(), item.height());
        }
    }

    private String indicatorName(String code) {
        boolean english = i18n.getLanguage().name().equals("EN");
        return vm.indicators().stream()
                .filter(e -> e.code().equals(code))
                .map(e -> e.name(english))
                .findFirst()
                .orElse(code);
    }

    private String widgetText(Widget widget) {
        return widget == null ? "" : i18n.get("dashboard.widget." + widget.wireName());
    }

    private String roleText(String role) {
        return role == null ? "" : i18n.get("dashboard.role." + role.toLowerCase(Locale.ROOT));
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        return Buttons.button(id, i18n, key, action);
    }
}
