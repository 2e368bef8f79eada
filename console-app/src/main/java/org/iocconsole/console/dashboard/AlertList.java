package org.iocconsole.console.dashboard;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.access.GatedControls;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.StyleClasses;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertState;

/** The open alerts, most severe first, each with its severity and an acknowledge button. FX thread only. */
final class AlertList extends VBox {
    private final I18n i18n;
    private final TileTexts texts;
    private final Consumer<Alert> acknowledge;
    private final AccessGate gate;

    AlertList(I18n i18n, TileTexts texts, Consumer<Alert> acknowledge, AccessGate gate) {
        this.gate = gate;
        this.i18n = i18n;
        this.texts = texts;
        this.acknowledge = acknowledge;
        getStyleClass().add("kpi-alerts");
    }

    /** @param names indicator names by code, in the current language */
    void show(List<Alert> alerts, Map<String, String> names) {
        getChildren().clear();
        if (alerts.isEmpty()) {
            Label none = new Label(i18n.get("kpi.alerts.none"));
            none.getStyleClass().add(StyleClasses.EMPTY_STATE);
            getChildren().add(none);
            return;
        }
        int index = 0;
        for (Alert alert : alerts) {
            Label severity = new Label(texts.severity(alert));
            severity.getStyleClass()
                    .addAll(
                            "kpi-alert-severity",
                            "kpi-alert-" + alert.severity().wireName());
            Label text = new Label(texts.alert(alert, names.get(alert.subject())));
            text.setWrapText(true);
            text.getStyleClass().add("kpi-alert-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(severity, text);
            row.getStyleClass().add("kpi-alert-row");
            row.setId("alert-" + index);
            if (alert.state() == AlertState.OPEN) {
                Button ack = new Button(i18n.get("kpi.alerts.ack"));
                ack.getStyleClass().add("kpi-alert-ack");
                ack.setOnAction(e -> {
                    ack.setDisable(true);
                    acknowledge.accept(alert);
                });
                row.getChildren().add(ack);
                if (!gate.may(Permission.ACKNOWLEDGE_ALERTS)) {
                    GatedControls.gate(ack, gate, Permission.ACKNOWLEDGE_ALERTS, i18n);
                }
            } else {
                Label acked = new Label(i18n.get("kpi.alerts.acked", String.valueOf(alert.acknowledgedBy())));
                acked.getStyleClass().add("kpi-alert-acked");
                row.getChildren().add(acked);
            }
            getChildren().add(row);
            index++;
        }
    }
}
