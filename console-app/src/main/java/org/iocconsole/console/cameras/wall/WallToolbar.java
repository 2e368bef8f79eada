package org.iocconsole.console.cameras.wall;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import org.iocconsole.console.common.I18n;

/** The wall's toolbar: grid choice, saved layouts (open, save under a name) and the tour. FX thread only. */
final class WallToolbar {
    private final FlowPane pane;

    WallToolbar(CameraWallViewModel vm, Pane grids, Supplier<List<String>> tourCameras, I18n i18n) {
        grids.getStyleClass().add("cameras-wall-grids");

        ComboBox<SavedLayout> layouts = new ComboBox<>(vm.getLayouts());
        layouts.setId("cameras-wall-layouts");
        layouts.promptTextProperty().bind(i18n.text("cameras.wall.layouts.prompt"));
        layouts.setCellFactory(list -> new LayoutCell());
        layouts.setButtonCell(new LayoutCell());
        layouts.setOnAction(e -> {
            SavedLayout chosen = layouts.getValue();
            if (chosen != null) {
                vm.open(chosen);
            }
        });

        TextField name = new TextField();
        name.setId("cameras-wall-layout-name");
        name.getStyleClass().add("cameras-wall-layout-name");
        name.promptTextProperty().bind(i18n.text("cameras.wall.layouts.name"));
        Button save = new Button();
        save.setId("cameras-wall-save");
        save.textProperty().bind(i18n.text("cameras.wall.layouts.save"));
        save.setOnAction(e -> vm.save(name.getText()));

        ToggleButton tour = new ToggleButton();
        tour.setId("cameras-wall-tour");
        tour.textProperty().bind(i18n.text("cameras.wall.tour"));
        tour.setOnAction(e -> {
            if (tour.isSelected()) {
                vm.startTour(tourCameras.get());
            } else {
                vm.stopTour();
            }
        });
        vm.touringProperty().addListener((o, was, now) -> tour.setSelected(now));
        Spinner<Integer> seconds =
                new Spinner<>(2, 600, vm.tourSecondsProperty().get(), 5);
        seconds.setId("cameras-wall-tour-seconds");
        seconds.getStyleClass().add("cameras-wall-tour-seconds");
        seconds.valueProperty()
                .addListener((o, old, now) -> vm.tourSecondsProperty().set(now));
        Label unit = new Label();
        unit.textProperty().bind(i18n.text("cameras.wall.tour.seconds"));

        Label notice = new Label();
        notice.setId("cameras-wall-notice");
        notice.getStyleClass().add("cameras-wall-notice");
        notice.textProperty()
                .bind(i18n.compute(
                        () -> {
                            CameraWallViewModel.Notice n = vm.noticeProperty().get();
                            if (n == null) {
                                return "";
                            }
                            return n.detail() == null ? i18n.get(n.key()) : i18n.get(n.key(), n.detail());
                        },
                        vm.noticeProperty()));

        pane = new FlowPane(grids, layouts, name, save, tour, seconds, unit, notice);
        pane.getStyleClass().add("cameras-wall-toolbar");
    }

    FlowPane pane() {
        return pane;
    }

    /** A saved layout by its name. */
    private static final class LayoutCell extends ListCell<SavedLayout> {
        @Override
        protected void updateItem(SavedLayout item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
