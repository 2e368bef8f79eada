package org.iocconsole.console.dashboard;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.kpi.IndicatorEdit;
import org.iocconsole.sync.model.Indicator;

/**
 * The catalog editor: the indicators (those edited locally marked so), and the form of the selected one where each
 * field shows beside it the value the source synced and whether a local edit replaces it. FX thread only.
 */
public final class CatalogEditorView {
    private final CatalogEditorViewModel vm;
    private final I18n i18n;
    private final HBox root = new HBox();
    private final GridPane form = new GridPane();

    public CatalogEditorView(CatalogEditorViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        EditorForms forms = new EditorForms(i18n);
        root.setId("catalog-editor");
        root.getStyleClass().add("dashboard-editor");

        ListView<CatalogEditorViewModel.Row> list = new ListView<>(vm.rows());
        list.setId("catalog-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CatalogEditorViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(
                        empty || row == null
                                ? null
                                : row.synced().code() + " · "
                                        + row.local().over(row.synced()).nameVi()
                                        + (row.edited() ? " · " + i18n.get("catalog.edited") : ""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b);
            }
        });

        form.getStyleClass().add("dashboard-editor-form");
        int row = 0;
        EditorForms.row(
                form, row++, new Label(), forms.label("catalog.column.value"), forms.label("catalog.column.synced"));
        text(
                forms,
                row++,
                "catalog-name-vi",
                "catalog.name-vi",
                vm.nameViProperty(),
                Indicator::nameVi,
                IndicatorEdit::nameVi);
        text(
                forms,
                row++,
                "catalog-name-en",
                "catalog.name-en",
                vm.nameEnProperty(),
                Indicator::nameEn,
                IndicatorEdit::nameEn);
        text(forms, row++, "catalog-unit", "catalog.unit", vm.unitProperty(), Indicator::unit, IndicatorEdit::unit);
        ComboBox<Indicator.Direction> direction = new ComboBox<>();
        direction.setId("catalog-direction");
        direction.getItems().setAll(Indicator.Direction.values());
        direction.setConverter(EditorForms.converter(this::directionText));
        direction.valueProperty().bindBidirectional(vm.directionProperty());
        EditorForms.row(
                form,
                row++,
                forms.label("catalog.direction"),
                direction,
                synced(s -> directionText(s.direction()), e -> e.direction() != null));
        text(
                forms,
                row++,
                "catalog-target",
                "catalog.target",
                vm.targetProperty(),
                s -> number(s.target()),
                IndicatorEdit::target);
        text(
                forms,
                row++,
                "catalog-warning",
                "catalog.warning",
                vm.warningProperty(),
                s -> number(s.warning()),
                IndicatorEdit::warning);
        text(
                forms,
                row++,
                "catalog-critical",
                "catalog.critical",
                vm.criticalProperty(),
                s -> number(s.critical()),
                IndicatorEdit::critical);

        HBox actions = new HBox(
                forms.button("catalog-save", "catalog.save", vm::save),
                forms.button("catalog-revert", "catalog.revert", vm::revert));
        actions.getStyleClass().add("dashboard-compose-row");
        VBox right = new VBox(
                forms.label("catalog.title"), form, actions, forms.message("catalog-message", vm.messageProperty()));
        right.disableProperty().bind(vm.selectedProperty().isNull());
        root.getChildren().addAll(list, right);
    }

    public Parent root() {
        return root;
    }

    private void text(
            EditorForms forms,
            int row,
            String id,
            String key,
            javafx.beans.property.StringProperty value,
            Function<Indicator, Object> synced,
            Function<IndicatorEdit, Object> local) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        EditorForms.row(
                form,
                row,
                forms.label(key),
                field,
                synced(s -> String.valueOf(orDash(synced.apply(s))), e -> local.apply(e) != null));
    }

    /** "Synced: X", and "edited here" when a local value replaces it. */
    private Label synced(Function<Indicator, String> text, java.util.function.Predicate<IndicatorEdit> edited) {
        Label label = new Label();
        label.getStyleClass().add("catalog-synced");
        label.textProperty()
                .bind(i18n.compute(
                        () -> {
                            CatalogEditorViewModel.Row row =
                                    vm.selectedProperty().get();
                            if (row == null) {
                                return "";
                            }
                            boolean local = edited.test(row.local());
                            return i18n.get("catalog.synced", text.apply(row.synced()))
                                    + (local ? " · " + i18n.get("catalog.edited") : "");
                        },
                        vm.selectedProperty()));
        return label;
    }

    private String directionText(Indicator.Direction direction) {
        return direction == null
                ? ""
                : i18n.get("catalog.direction." + direction.name().toLowerCase(Locale.ROOT));
    }

    private static Object orDash(Object value) {
        return value == null || "".equals(value) ? "—" : value;
    }

    private static String number(Double value) {
        return value == null ? "" : CatalogEditorViewModel.number(value);
    }
}
