package org.iocconsole.console.workspace.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.layout.DashboardPick;
import org.iocconsole.console.workspace.layout.DisplayArea;

/**
 * The layout editor: the detected monitors drawn as they are arranged, scaled to fit, each naming what it shows; below,
 * per monitor, the views to show (one, or several in turn), the seconds each, the view at night; and Save. FX thread
 * only.
 */
public final class LayoutEditorView {
    private static final double SKETCH_WIDTH = 560;
    private static final double SKETCH_HEIGHT = 200;
    private static final String CSS = LayoutEditorView.class
            .getResource("/org/iocconsole/console/workspace/wall.css")
            .toExternalForm();

    private final VBox root = new VBox();

    public LayoutEditorView(LayoutEditorViewModel vm, I18n i18n) {
        root.setId("layout-editor");
        root.getStyleClass().add("layout-editor");
        root.getStylesheets().add(CSS);
        Label title = new Label();
        title.textProperty().bind(i18n.text("workspace.editor.title"));
        title.getStyleClass().add("top-bar-name");

        GridPane choices = new GridPane();
        choices.setHgap(12);
        choices.setVgap(8);
        List<MonitorChoice> monitors = vm.monitors();
        for (int i = 0; i < monitors.size(); i++) {
            addChoiceRow(choices, i, monitors.get(i), vm.cameraLayoutNames(), i18n);
            choices.add(dashboardChoice(vm, i, monitors.get(i), i18n), 7, i);
        }

        Button save = new Button();
        save.setId("layout-editor-save");
        save.textProperty().bind(i18n.text("workspace.editor.save"));
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Label status = new Label();
        status.setId("layout-editor-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        if (!vm.mayEdit()) {
            save.setDisable(true);
            status.textProperty().unbind();
            status.setText(i18n.get("workspace.editor.forbidden"));
        }
        root.getChildren().addAll(title, sketch(monitors, i18n), choices, save, status);
    }

    public Parent root() {
        return root;
    }

    /** The monitors as rectangles, scaled to fit the sketch, each naming what it shows. */
    private static Pane sketch(List<MonitorChoice> monitors, I18n i18n) {
        Pane pane = new Pane();
        pane.setId("layout-editor-monitors");
        pane.getStyleClass().add("layout-editor-monitors");
        pane.setPrefSize(SKETCH_WIDTH, SKETCH_HEIGHT);
        double minX = monitors.stream().mapToDouble(m -> m.display().x()).min().orElse(0);
        double minY = monitors.stream().mapToDouble(m -> m.display().y()).min().orElse(0);
        double maxX = monitors.stream()
                .mapToDouble(m -> m.display().x() + m.display().width())
                .max()
                .orElse(1);
        double maxY = monitors.stream()
                .mapToDouble(m -> m.display().y() + m.display().height())
                .max()
                .orElse(1);
        double scale = Math.min(SKETCH_WIDTH / (maxX - minX), SKETCH_HEIGHT / (maxY - minY));
        for (int i = 0; i < monitors.size(); i++) {
            MonitorChoice monitor = monitors.get(i);
            DisplayArea area = monitor.display();
            Label name = new Label(i18n.get("workspace.editor.monitor", i + 1));
            name.getStyleClass().add("layout-editor-monitor-name");
            Label showing = new Label();
            showing.setWrapText(true);
            showing.textProperty().bind(i18n.compute(() -> names(monitor.views(), i18n), monitor.views()));
            VBox box = new VBox(name, showing);
            box.setId("layout-editor-monitor-" + i);
            box.getStyleClass().add("layout-editor-monitor");
            box.setAlignment(Pos.CENTER);
            box.relocate((area.x() - minX) * scale, (area.y() - minY) * scale);
            box.setPrefSize(area.width() * scale - 4, area.height() * scale - 4);
            box.setMaxSize(area.width() * scale - 4, area.height() * scale - 4);
            pane.getChildren().add(box);
        }
        return pane;
    }

    private static void addChoiceRow(
            GridPane grid, int row, MonitorChoice monitor, ObservableList<String> cameraLayouts, I18n i18n) {
        Label name = new Label(i18n.get("workspace.editor.monitor", row + 1));
        FlowPane views = new FlowPane(4, 4);
        for (Screen screen : Screen.values()) {
            ToggleButton toggle = new ToggleButton();
            toggle.setId("layout-editor-" + row + "-" + screen.slug());
            toggle.textProperty().bind(i18n.text(screen.navKey()));
            toggle.setSelected(monitor.views().contains(screen));
            toggle.selectedProperty().addListener((o, was, selected) -> {
                if (selected && !monitor.views().contains(screen)) {
                    monitor.views().add(screen);
                } else if (!selected) {
                    monitor.views().remove(screen);
                }
            });
            views.getChildren().add(toggle);
        }
        Spinner<Integer> dwell = new Spinner<>(
                LayoutEditorViewModel.MIN_DWELL_SECONDS,
                3_600,
                monitor.dwellSecondsProperty().get(),
                5);
        dwell.setId("layout-editor-" + row + "-dwell");
        dwell.setEditable(true);
        dwell.setPrefWidth(90);
        dwell.valueProperty()
                .addListener((o, was, value) -> monitor.dwellSecondsProperty().set(value));
        dwell.disableProperty()
                .bind(javafx.beans.binding.Bindings.size(monitor.views()).lessThan(2));
        Label dwellLabel = new Label();
        dwellLabel.textProperty().bind(i18n.text("workspace.editor.dwell"));

        ChoiceBox<Screen> night = new ChoiceBox<>();
        night.setId("layout-editor-" + row + "-night");
        night.getItems().add(null);
        night.getItems().addAll(Screen.values());
        night.setConverter(new StringConverter<>() {
            @Override
            public String toString(Screen screen) {
                return screen == null ? i18n.get("workspace.editor.same") : i18n.get(screen.navKey());
            }

            @Override
            public Screen fromString(String text) {
                return null;
            }
        });
        night.valueProperty().bindBidirectional(monitor.nightProperty());
        Label nightLabel = new Label();
        nightLabel.textProperty().bind(i18n.text("workspace.editor.night"));

        // The camera wall of this monitor may open a saved camera layout ("Traffic"); typed names are kept too.
        ComboBox<String> cameraLayout = new ComboBox<>(cameraLayouts);
        cameraLayout.setId("layout-editor-" + row + "-camera-layout");
        cameraLayout.setEditable(true);
        cameraLayout.setPrefWidth(140);
        cameraLayout.promptTextProperty().bind(i18n.text("wall.editor.camera-layout"));
        cameraLayout.valueProperty().bindBidirectional(monitor.cameraLayoutProperty());
        cameraLayout
                .disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !monitor.views().contains(Screen.CAMERAS), monitor.views()));

        grid.addRow(row, name, views, dwellLabel, dwell, nightLabel, night, cameraLayout);
    }

    /** A saved dashboard, or a role's dashboards in turn, shown after the monitor's views; none by default. */
    private static Node dashboardChoice(LayoutEditorViewModel vm, int row, MonitorChoice monitor, I18n i18n) {
        ChoiceBox<DashboardPick> pick = new ChoiceBox<>();
        pick.setId("layout-editor-" + row + "-dashboard");
        pick.getItems().add(null);
        pick.getItems().addAll(vm.dashboards());
        vm.dashboards().addListener((ListChangeListener<DashboardPick>) change -> {
            DashboardPick chosen = monitor.dashboardProperty().get();
            List<DashboardPick> items = new ArrayList<>();
            items.add(null);
            items.addAll(vm.dashboards());
            pick.getItems().setAll(items);
            pick.setValue(chosen);
        });
        pick.setConverter(new StringConverter<>() {
            @Override
            public String toString(DashboardPick choice) {
                return choice == null ? i18n.get("dash.pick.none") : vm.dashboardName(choice);
            }

            @Override
            public DashboardPick fromString(String text) {
                return null;
            }
        });
        pick.setValue(monitor.dashboardProperty().get());
        pick.valueProperty()
                .addListener((o, was, now) -> monitor.dashboardProperty().set(now));
        Label label = new Label();
        label.textProperty().bind(i18n.text("dash.pick.label"));
        return new javafx.scene.layout.HBox(6, label, pick);
    }

    private static String names(List<Screen> views, I18n i18n) {
        return String.join(" → ", views.stream().map(v -> i18n.get(v.navKey())).toList());
    }
}
