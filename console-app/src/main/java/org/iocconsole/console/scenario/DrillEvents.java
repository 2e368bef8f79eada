package org.iocconsole.console.scenario;

import java.time.Duration;
import java.util.MissingResourceException;
import javafx.beans.InvalidationListener;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.StyleClasses;
import org.iocconsole.sync.scenario.ScenarioStatus;
import org.iocconsole.sync.scenario.ScenarioTime;

/**
 * The drill's events in time order, for the trainer's panel: when each happens and what it is, the ones already
 * played marked; a click goes to that moment of the drill. FX thread only.
 */
final class DrillEvents {
    private final VBox root = new VBox();

    DrillEvents(TrainerViewModel vm, I18n i18n) {
        root.getStyleClass().add("drill-events");
        Label title = new Label();
        title.textProperty().bind(i18n.text("wall.trainer.events"));
        title.getStyleClass().add("drill-events-title");
        ListView<ScenarioStatus.Mark> list = new ListView<>(vm.marks());
        list.setId("drill-events");
        list.setPrefHeight(220);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ScenarioStatus.Mark mark, boolean empty) {
                super.updateItem(mark, empty);
                setText(
                        empty || mark == null
                                ? null
                                : ScenarioTime.format(Duration.ofSeconds(mark.atSeconds())) + "  "
                                        + type(i18n, mark.type()));
                StyleClasses.toggle(
                        this,
                        "drill-event-played",
                        !empty
                                && mark != null
                                && mark.atSeconds() <= vm.positionProperty().get());
            }
        });
        // Played marks follow the drill's position; the list only repaints its cells.
        InvalidationListener repaint = o -> list.refresh();
        vm.positionProperty().addListener(repaint);
        i18n.languageProperty().addListener(repaint);
        list.setOnMouseClicked(event -> {
            ScenarioStatus.Mark chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                vm.seek(chosen.atSeconds());
            }
        });
        root.getChildren().addAll(title, list);
    }

    Parent root() {
        return root;
    }

    /** The event type's name in the language, or the type itself for one the console does not know yet. */
    static String type(I18n i18n, String type) {
        try {
            return i18n.get("wall.trainer.event." + type);
        } catch (MissingResourceException e) {
            return type;
        }
    }
}
