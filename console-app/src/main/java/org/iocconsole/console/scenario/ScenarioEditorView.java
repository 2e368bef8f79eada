package org.iocconsole.console.scenario;

import static org.iocconsole.console.common.Buttons.button;

import java.io.File;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.scenario.ScenarioDraft;
import org.iocconsole.sync.scenario.ScenarioEventType;

/**
 * The scenario editor's table: time and type edited in place, a field set on the selected event, events added and
 * removed, the selected event placed on the small map beside it, the scenario checked, saved and played. Forwards everything to {@link ScenarioEditorViewModel}. FX thread
 * only.
 */
public final class ScenarioEditorView {
    private final VBox root = new VBox();

    /** @param play plays the YAML text in the drill, or null */
    public ScenarioEditorView(ScenarioEditorViewModel vm, I18n i18n, java.util.function.Consumer<String> play) {
        root.setId("scenario-editor");
        root.getStylesheets()
                .add(ScenarioEditorView.class.getResource("trainer.css").toExternalForm());
        root.getStyleClass().add("after-action");

        TableView<ScenarioDraft.Event> table = new TableView<>(vm.events());
        table.setId("scenario-editor-table");
        table.setEditable(true);
        TableColumn<ScenarioDraft.Event, String> at = new TableColumn<>();
        at.textProperty().bind(i18n.text("trainer.aar.time"));
        at.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().at()).getReadOnlyProperty());
        at.setCellFactory(TextFieldTableCell.forTableColumn());
        at.setOnEditCommit(e -> vm.setAt(e.getTablePosition().getRow(), e.getNewValue()));
        TableColumn<ScenarioDraft.Event, String> type = new TableColumn<>();
        type.textProperty().bind(i18n.text("trainer.editor.type"));
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type()).getReadOnlyProperty());
        type.setCellFactory(
                ChoiceBoxTableCell.forTableColumn(FXCollections.observableArrayList(ScenarioEventType.keys())));
        type.setOnEditCommit(e -> vm.setType(e.getTablePosition().getRow(), e.getNewValue()));
        TableColumn<ScenarioDraft.Event, String> fields = new TableColumn<>();
        fields.textProperty().bind(i18n.text("trainer.editor.fields"));
        fields.setCellValueFactory(c -> new ReadOnlyStringWrapper(summary(c.getValue())).getReadOnlyProperty());
        fields.setPrefWidth(600);
        table.getColumns().add(at);
        table.getColumns().add(type);
        table.getColumns().add(fields);

        TextField field = new TextField();
        field.setId("scenario-editor-field");
        field.promptTextProperty().bind(i18n.text("trainer.editor.field"));
        TextField value = new TextField();
        value.setId("scenario-editor-value");
        value.promptTextProperty().bind(i18n.text("trainer.editor.value"));
        HBox.setHgrow(value, Priority.ALWAYS);
        Button set = button("scenario-editor-set", i18n, "trainer.editor.set");
        set.setOnAction(e -> {
            int row = table.getSelectionModel().getSelectedIndex();
            if (row >= 0 && !field.getText().isBlank()) {
                vm.setField(row, field.getText().strip(), value.getText());
                table.getSelectionModel().select(row);
            }
        });
        Button add = button("scenario-editor-add", i18n, "trainer.editor.add");
        add.setOnAction(e -> {
            int size = vm.events().size();
            vm.add(size == 0 ? "00:00" : vm.events().get(size - 1).at(), "message");
            table.getSelectionModel().select(vm.events().size() - 1);
        });
        Button remove = button("scenario-editor-remove", i18n, "trainer.editor.remove");
        remove.setOnAction(e -> {
            int row = table.getSelectionModel().getSelectedIndex();
            if (row >= 0) {
                vm.remove(row);
            }
        });
        Button validate = button("scenario-editor-validate", i18n, "trainer.editor.validate");
        validate.setOnAction(e -> vm.validate("scenario.yaml"));
        Button save = button("scenario-editor-save", i18n, "trainer.editor.save");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.titleProperty().bind(i18n.text("trainer.editor.save"));
            chooser.setInitialFileName("scenario.yaml");
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                vm.save(file.toPath());
            }
        });
        HBox edit = new HBox(field, value, set, add, remove, validate, save);
        if (play != null) {
            Button run = button("scenario-editor-play", i18n, "trainer.editor.play");
            run.setOnAction(e -> play.accept(vm.yaml()));
            edit.getChildren().add(run);
        }
        edit.getStyleClass().add("trainer-controls");
        Label message = new Label();
        message.setId("scenario-editor-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        // Editing an event replaces its row, which drops the table's selection for a moment: the view model keeps
        // the event it places, and the table shows it selected again.
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                vm.selectedProperty().set(now.intValue());
            }
        });
        vm.events().addListener((ListChangeListener<ScenarioDraft.Event>) change -> {
            int selected = vm.selectedProperty().get();
            if (selected >= 0 && table.getSelectionModel().getSelectedIndex() != selected) {
                table.getSelectionModel().select(selected);
            }
        });
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox body = new HBox(table, new ScenarioMapView(vm, i18n).root());
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(edit, message, body);
    }

    public Parent root() {
        return root;
    }

    private static String summary(ScenarioDraft.Event event) {
        String text = new TreeMap<>(event.fields()).toString();
        return event.polygon().isEmpty()
                ? text
                : text + " polygon×" + event.polygon().size();
    }
}
