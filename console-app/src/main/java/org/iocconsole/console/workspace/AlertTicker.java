package org.iocconsole.console.workspace;

import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.iocconsole.console.common.I18n;

/** The band along the bottom of a wall screen with the latest alerts, newest first. FX thread only. */
public final class AlertTicker extends HBox {
    private static final String SEPARATOR = "   •   ";

    public AlertTicker(AlertFeed feed, I18n i18n) {
        getStyleClass().add("wall-ticker");
        Label title = new Label();
        title.textProperty().bind(i18n.text("wall.ticker.title"));
        title.getStyleClass().add("wall-ticker-title");
        Label items = new Label();
        items.setId("wall-ticker-items");
        items.getStyleClass().add("wall-ticker-items");
        items.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(items, Priority.ALWAYS);
        InvalidationListener update = o -> items.setText(
                feed.latest().isEmpty()
                        ? i18n.get("wall.ticker.none")
                        : feed.latest().stream()
                                .map(alert -> AlertTexts.line(i18n, alert))
                                .collect(Collectors.joining(SEPARATOR)));
        feed.latest().addListener(update);
        i18n.languageProperty().addListener(update);
        update.invalidated(null);
        getChildren().addAll(title, items);
    }
}
