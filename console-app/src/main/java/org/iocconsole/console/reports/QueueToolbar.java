package org.iocconsole.console.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.cache.QueueFilter;
import org.iocconsole.sync.cache.QueueSort;
import org.iocconsole.sync.cache.ReportQueue;
import org.iocconsole.sync.cache.SavedFilters;

/**
 * The queue's filters: free text (with or without diacritics), status, deadline, category, commune, agency, the sort,
 * and the saved filters. Each change sets the view model's filter at once; the search field waits for Enter. FX
 * thread only.
 */
final class QueueToolbar {
    /** A choice of a filter: a value and its label; a null value means "all". */
    private record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ReportQueueViewModel vm;
    private final I18n i18n;
    private final ReportLabels labels;
    private final FlowPane bar = new FlowPane();
    private final TextField search = new TextField();
    private final ComboBox<Choice> status = new ComboBox<>();
    private final ComboBox<Choice> deadline = new ComboBox<>();
    private final ComboBox<Choice> category = new ComboBox<>();
    private final ComboBox<Choice> commune = new ComboBox<>();
    private final ComboBox<Choice> agency = new ComboBox<>();
    private final ComboBox<Choice> sort = new ComboBox<>();
    private final MenuButton saved = new MenuButton();
    private boolean updating;

    QueueToolbar(ReportQueueViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.labels = new ReportLabels(i18n);
        bar.getStyleClass().add("reports-toolbar");
        search.setId("reports-search");
        search.promptTextProperty().bind(i18n.text("reports.queue.search"));
        search.setPrefColumnCount(18);
        search.setOnAction(e -> apply());
        status.setId("reports-status-filter");
        deadline.setId("reports-deadline-filter");
        category.setId("reports-category-filter");
        commune.setId("reports-commune-filter");
        agency.setId("reports-agency-filter");
        sort.setId("reports-sort");
        saved.setId("reports-saved");
        saved.textProperty().bind(i18n.text("reports.queue.saved"));
        for (ComboBox<Choice> box : List.of(status, deadline, category, commune, agency, sort)) {
            box.setOnAction(e -> apply());
            box.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Choice item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.label());
                }
            });
        }
        Label sortLabel = new Label();
        sortLabel.textProperty().bind(i18n.text("reports.queue.sort"));
        bar.getChildren().addAll(search, status, deadline, category, commune, agency, sortLabel, sort, saved);
        fill();
        vm.choicesProperty().addListener((o, old, now) -> fill());
        vm.filterProperty().addListener((o, old, now) -> show());
        vm.sortProperty().addListener((o, old, now) -> show());
        vm.savedFilters().getSaved().addListener((javafx.collections.ListChangeListener<SavedFilters.Saved>)
                c -> savedMenu());
        i18n.languageProperty().addListener((o, old, now) -> fill());
        savedMenu();
    }

    FlowPane bar() {
        return bar;
    }

    TextField search() {
        return search;
    }

    /** Fills the choices in the current language, keeping what the filter holds. */
    private void fill() {
        updating = true;
        try {
            List<Choice> statuses = new ArrayList<>(List.of(new Choice(null, i18n.get("reports.queue.all.status"))));
            for (String s : List.of(
                    "received",
                    "classified",
                    "assigned",
                    "in_progress",
                    "resolved",
                    "closed",
                    "rejected",
                    "duplicate")) {
                statuses.add(new Choice(s, labels.workflow(s)));
            }
            status.getItems().setAll(statuses);
            deadline.getItems()
                    .setAll(
                            new Choice(QueueFilter.Deadline.ANY.name(), i18n.get("reports.queue.all.deadline")),
                            new Choice(QueueFilter.Deadline.AT_RISK.name(), i18n.get("reports.queue.deadline.at-risk")),
                            new Choice(
                                    QueueFilter.Deadline.OVERDUE.name(), i18n.get("reports.queue.deadline.overdue")));
            ReportQueue.Choices choices = vm.choicesProperty().get();
            category.getItems().setAll(choices(choices.categories(), "reports.queue.all.category"));
            commune.getItems().setAll(choices(choices.communes(), "reports.queue.all.commune"));
            List<Choice> agencies = new ArrayList<>(List.of(new Choice(null, i18n.get("reports.queue.all.agency"))));
            choices.agencies().forEach(a -> agencies.add(new Choice(a, a)));
            agency.getItems().setAll(agencies);
            List<Choice> sorts = new ArrayList<>();
            for (QueueSort s : QueueSort.values()) {
                sorts.add(new Choice(
                        s.name(),
                        i18n.get("reports.queue.sort."
                                + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
            }
            sort.getItems().setAll(sorts);
        } finally {
            updating = false;
        }
        show();
    }

    private List<Choice> choices(Map<String, String> values, String allKey) {
        List<Choice> list = new ArrayList<>(List.of(new Choice(null, i18n.get(allKey))));
        values.forEach((code, name) -> list.add(new Choice(code, name)));
        return list;
    }

    /** Shows the view model's filter in the controls. */
    private void show() {
        updating = true;
        try {
            QueueFilter f = vm.filterProperty().get();
            select(status, f.statuses().size() == 1 ? f.statuses().iterator().next() : null);
            select(deadline, f.deadline().name());
            select(category, f.serviceCode());
            select(commune, f.communeCode());
            select(agency, f.agency());
            select(sort, vm.sortProperty().get().name());
            if (!search.isFocused()) {
                search.setText(f.text() == null ? "" : f.text());
            }
        } finally {
            updating = false;
        }
    }

    private static void select(ComboBox<Choice> box, String value) {
        for (Choice choice : box.getItems()) {
            if (java.util.Objects.equals(choice.value(), value)) {
                box.getSelectionModel().select(choice);
                return;
            }
        }
        box.getSelectionModel().clearSelection();
    }

    /** Sets the view model's filter from the controls. */
    void apply() {
        if (updating) {
            return;
        }
        String s = value(status);
        String d = value(deadline);
        QueueFilter f = new QueueFilter(
                s == null ? Set.of() : Set.of(s),
                value(category),
                value(commune),
                value(agency),
                d == null ? QueueFilter.Deadline.ANY : QueueFilter.Deadline.valueOf(d),
                search.getText());
        String chosenSort = value(sort);
        if (chosenSort != null) {
            vm.sortProperty().set(QueueSort.valueOf(chosenSort));
        }
        vm.filterProperty().set(f);
    }

    private static String value(ComboBox<Choice> box) {
        Choice choice = box.getValue();
        return choice == null ? null : choice.value();
    }

    private void savedMenu() {
        saved.getItems().clear();
        MenuItem save = new MenuItem();
        save.textProperty().bind(i18n.text("reports.queue.saved.save"));
        save.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.setHeaderText(i18n.get("reports.queue.saved.name"));
            dialog.showAndWait().ifPresent(vm.savedFilters()::save);
        });
        saved.getItems().add(save);
        if (!vm.savedFilters().getSaved().isEmpty()) {
            saved.getItems().add(new SeparatorMenuItem());
        }
        Menu delete = new Menu();
        delete.textProperty().bind(i18n.text("reports.queue.saved.delete"));
        for (SavedFilters.Saved entry : vm.savedFilters().getSaved()) {
            String name = org.iocconsole.console.common.PlainText.line(entry.name());
            MenuItem item = new MenuItem(name);
            item.setOnAction(e -> vm.savedFilters().apply(entry));
            saved.getItems().add(item);
            MenuItem remove = new MenuItem(name);
            remove.setOnAction(e -> vm.savedFilters().delete(entry));
            delete.getItems().add(remove);
        }
        if (!delete.getItems().isEmpty()) {
            saved.getItems().addAll(new SeparatorMenuItem(), delete);
        }
    }
}
