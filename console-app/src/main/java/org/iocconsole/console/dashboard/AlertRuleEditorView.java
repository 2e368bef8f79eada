package org.iocconsole.console.dashboard;

import java.util.Arrays;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.alert.AlertKind;
import org.iocconsole.sync.alert.AlertRule;
import org.iocconsole.sync.alert.Severity;

/**
 * The alert rule editor: the rules, and the form of one (what it watches, its subject, threshold and severity, whether
 * it is on), with the reason a rule cannot be saved; and the sound setting for critical alerts. FX thread only.
 */
public final class AlertRuleEditorView {
    private final I18n i18n;
    private final HBox root = new HBox();

    /** @param sound the setting of the critical-alert sound */
    public AlertRuleEditorView(AlertRuleEditorViewModel vm, BooleanProperty sound, I18n i18n) {
        this.i18n = i18n;
        EditorForms forms = new EditorForms(i18n);
        root.setId("rules-editor");
        root.getStyleClass().add("dashboard-editor");

        ListView<AlertRule> list = new ListView<>(vm.rules());
        list.setId("rules-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AlertRule rule, boolean empty) {
                super.updateItem(rule, empty);
                setText(
                        empty || rule == null
                                ? null
                                : rule.ruleId() + " · " + kindText(rule.kind())
                                        + (rule.enabled() ? "" : " · " + i18n.get("rules.off")));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });

        TextField id = field("rules-id", vm.ruleIdProperty());
        ComboBox<AlertKind> kind = new ComboBox<>();
        kind.setId("rules-kind");
        // The province's own alerts come with its notices; no rule raises them.
        kind.getItems()
                .setAll(Arrays.stream(AlertKind.values())
                        .filter(k -> k != AlertKind.NOTICE)
                        .toList());
        kind.setConverter(EditorForms.converter(this::kindText));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField subject = field("rules-subject", vm.subjectProperty());
        TextField threshold = field("rules-threshold", vm.thresholdProperty());
        Label unit = new Label();
        unit.textProperty()
                .bind(i18n.compute(
                        () -> i18n.get(
                                "rules.threshold." + kindKey(vm.kindProperty().get())),
                        vm.kindProperty()));
        ComboBox<Severity> severity = new ComboBox<>();
        severity.setId("rules-severity");
        severity.getItems().setAll(Severity.values());
        severity.setConverter(EditorForms.converter(s -> i18n.get("kpi.severity." + s.wireName())));
        severity.valueProperty().bindBidirectional(vm.severityProperty());
        CheckBox enabled = new CheckBox();
        enabled.setId("rules-enabled");
        enabled.textProperty().bind(i18n.text("rules.enabled"));
        enabled.selectedProperty().bindBidirectional(vm.enabledProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("dashboard-editor-form");
        EditorForms.row(form, 0, forms.label("rules.id"), id, null);
        EditorForms.row(form, 1, forms.label("rules.kind"), kind, null);
        EditorForms.row(form, 2, forms.label("rules.subject"), subject, forms.label("rules.subject.hint"));
        EditorForms.row(form, 3, forms.label("rules.threshold"), threshold, unit);
        EditorForms.row(form, 4, forms.label("rules.severity"), severity, null);
        EditorForms.row(form, 5, new Label(), enabled, null);

        CheckBox soundBox = new CheckBox();
        soundBox.setId("rules-sound");
        soundBox.textProperty().bind(i18n.text("kpi.alerts.sound"));
        soundBox.selectedProperty().bindBidirectional(sound);
        HBox actions = new HBox(
                forms.button("rules-new", "rules.new", vm::newRule),
                forms.button("rules-save", "rules.save", vm::save),
                forms.button("rules-delete", "rules.delete", vm::delete));
        actions.getStyleClass().add("dashboard-compose-row");
        root.getChildren()
                .addAll(
                        list,
                        new VBox(
                                forms.label("rules.title"),
                                form,
                                actions,
                                forms.message("rules-message", vm.messageProperty()),
                                soundBox));
    }

    public Parent root() {
        return root;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private String kindText(AlertKind kind) {
        return i18n.get("rules.kind." + kindKey(kind));
    }

    private static String kindKey(AlertKind kind) {
        return kind == null ? "indicator" : kind.wireName().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
