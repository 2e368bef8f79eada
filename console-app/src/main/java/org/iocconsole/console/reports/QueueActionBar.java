package org.iocconsole.console.reports;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.iocconsole.console.access.GatedControls;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.ReportPriority;
import org.iocconsole.sync.model.WorkflowStatus;

/**
 * The actions on the selected report: acknowledge, assign to an agency, set the priority, change the status with a
 * note, merge into another report. The status box offers only what the workflow allows from the report's status. The
 * keys of docs/reports-queue.md reach these controls through {@link ReportQueueView}. FX thread only.
 */
final class QueueActionBar {
    private final ReportQueueViewModel vm;
    private final I18n i18n;
    private final ReportLabels labels;
    private final FlowPane bar = new FlowPane();
    private final StackPane holder = new StackPane(bar);
    private final Button acknowledge = new Button();
    private final ComboBox<String> agency = new ComboBox<>();
    private final Button assign = new Button();
    private final ComboBox<ReportPriority> priority = new ComboBox<>();
    private final ComboBox<WorkflowStatus> status = new ComboBox<>();
    private final Button applyStatus = new Button();
    private final TextField note = new TextField();
    private final TextField duplicateOf = new TextField();
    private final Button merge = new Button();

    QueueActionBar(ReportQueueViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.labels = new ReportLabels(i18n);
        bar.getStyleClass().add("reports-actions");
        acknowledge.setId("reports-action-acknowledge");
        acknowledge.textProperty().bind(i18n.text("reports.queue.action.acknowledge"));
        acknowledge.setOnAction(e -> vm.actions().acknowledge());
        agency.setId("reports-action-agency");
        agency.setEditable(true);
        agency.promptTextProperty().bind(i18n.text("reports.queue.action.agency"));
        assign.setId("reports-action-assign");
        assign.textProperty().bind(i18n.text("reports.queue.action.assign"));
        assign.setOnAction(e -> assign());
        agency.getEditor().setOnAction(e -> assign());
        priority.setId("reports-action-priority");
        priority.getItems().setAll(ReportPriority.values());
        priority.promptTextProperty().bind(i18n.text("reports.queue.action.priority"));
        priority.setConverter(converter(p -> labels.priority(p.wireName())));
        priority.setOnAction(e -> {
            if (priority.getValue() != null && priority.isFocused()) {
                vm.actions().setPriority(priority.getValue());
            }
        });
        status.setId("reports-action-status");
        status.promptTextProperty().bind(i18n.text("reports.queue.action.status"));
        status.setConverter(converter(s -> labels.workflow(s.wireName())));
        // Chosen from the keyboard (S, arrows, Enter): applied at once with the note typed before.
        status.setOnAction(e -> {
            if (status.isFocused()) {
                changeStatus();
            }
        });
        applyStatus.setId("reports-action-apply-status");
        applyStatus.textProperty().bind(i18n.text("reports.queue.action.apply"));
        applyStatus.setOnAction(e -> changeStatus());
        note.setId("reports-action-note");
        note.promptTextProperty().bind(i18n.text("reports.queue.action.note"));
        note.setPrefColumnCount(16);
        duplicateOf.setId("reports-action-duplicate");
        duplicateOf.promptTextProperty().bind(i18n.text("reports.queue.action.duplicate"));
        duplicateOf.setPrefColumnCount(12);
        duplicateOf.setOnAction(e -> merge());
        merge.setId("reports-action-merge");
        merge.textProperty().bind(i18n.text("reports.queue.action.merge"));
        merge.setOnAction(e -> merge());
        bar.getChildren().addAll(acknowledge, agency, assign, priority, status, applyStatus, note, duplicateOf, merge);
        vm.choicesProperty().addListener((o, old, now) -> agency.getItems().setAll(now.agencies()));
        show(null);
        // A leader reads the queue; the bar says why its actions are off.
        GatedControls.gate(bar, vm.gate(), Permission.ACT_ON_REPORTS, i18n);
    }

    Node node() {
        return holder;
    }

    /** Offers what the workflow allows for the report; nothing without one. */
    void show(CitizenReport report) {
        boolean none = report == null;
        for (Control control :
                List.of(acknowledge, agency, assign, priority, status, applyStatus, note, duplicateOf, merge)) {
            control.setDisable(none);
        }
        status.getItems().clear();
        if (none) {
            return;
        }
        WorkflowStatus current = WorkflowStatus.fromWire(report.workflowStatus())
                .orElse(
                        report.status() == CitizenReport.OpenStatus.OPEN
                                ? WorkflowStatus.RECEIVED
                                : WorkflowStatus.CLOSED);
        status.getItems().setAll(new ArrayList<>(current.next()));
        acknowledge.setDisable(current != WorkflowStatus.RECEIVED);
        boolean answered = current.answered();
        assign.setDisable(!current.assignable());
        agency.setDisable(!current.assignable());
        priority.setDisable(answered);
        merge.setDisable(answered);
        duplicateOf.setDisable(answered);
        priority.getSelectionModel()
                .select(ReportPriority.fromWire(report.priority()).orElse(null));
    }

    void focusAgency() {
        agency.requestFocus();
    }

    void focusStatus() {
        status.requestFocus();
        status.show();
    }

    void focusNote() {
        note.requestFocus();
    }

    void focusDuplicate() {
        duplicateOf.requestFocus();
    }

    private void assign() {
        String chosen = agency.getEditor().getText();
        vm.actions().assign(chosen, note.getText());
        note.clear();
    }

    private void changeStatus() {
        if (status.getValue() != null) {
            vm.actions().changeStatus(status.getValue(), note.getText());
            note.clear();
        }
    }

    private void merge() {
        vm.actions().mergeDuplicate(duplicateOf.getText().strip(), note.getText());
        duplicateOf.clear();
        note.clear();
    }

    private static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? null : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
