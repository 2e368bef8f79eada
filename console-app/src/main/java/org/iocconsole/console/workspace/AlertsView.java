package org.iocconsole.console.workspace;

import javafx.beans.InvalidationListener;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.StyleClasses;
import org.iocconsole.sync.alert.Alert;

/** The alerts view a screen can show: the latest alerts in large type, most recent first. FX thread only. */
public final class AlertsView {
    private final VBox root = new VBox();

    public AlertsView(AlertFeed feed, I18n i18n) {
        root.setId("alerts-view");
        root.getStyleClass().add("wall-alerts");
        InvalidationListener update = o -> {
            root.getChildren().clear();
            Label title = new Label(i18n.get("wall.alerts.title"));
            title.getStyleClass().add("wall-alerts-title");
            root.getChildren().add(title);
            if (feed.latest().isEmpty()) {
                Label none = new Label(i18n.get("wall.ticker.none"));
                none.getStyleClass().add(StyleClasses.EMPTY_STATE);
                root.getChildren().add(none);
            }
            for (Alert alert : feed.latest()) {
                Label row = new Label(AlertTexts.line(i18n, alert));
                row.setWrapText(true);
                row.getStyleClass()
                        .addAll(
                                "wall-alert-row",
                                "wall-alert-" + alert.severity().wireName());
                root.getChildren().add(row);
            }
        };
        feed.latest().addListener(update);
        i18n.languageProperty().addListener(update);
        update.invalidated(null);
    }

    public Parent root() {
        return root;
    }
}
