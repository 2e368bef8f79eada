package org.iocconsole.console.dashboard;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The communes' figures for the chart indicator as bars, best first: the ranking and the bars by unit in one. A click
 * on a row opens that commune. FX thread only.
 */
final class UnitRanking extends VBox {
    private final TileTexts texts;
    private final Consumer<String> open;

    UnitRanking(TileTexts texts, Consumer<String> open) {
        this.texts = texts;
        this.open = open;
        getStyleClass().add("kpi-ranking");
    }

    void show(List<UnitValue> values, String unit) {
        double max = values.stream()
                .filter(v -> v.figure().value() != null)
                .mapToDouble(v -> Math.abs(v.figure().value()))
                .max()
                .orElse(1);
        getChildren().clear();
        int rank = 0;
        for (UnitValue value : values) {
            rank++;
            Label name = new Label(rank + ". " + value.name());
            name.getStyleClass().add("kpi-ranking-name");
            name.setMinWidth(170);
            name.setPrefWidth(170);
            Region bar = new Region();
            bar.getStyleClass().add("kpi-ranking-bar");
            double share = value.figure().value() == null || max == 0
                    ? 0
                    : Math.abs(value.figure().value()) / max;
            bar.setPrefWidth(Math.max(1, 160 * share));
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            StackPane barBox = new StackPane(bar);
            barBox.setPrefWidth(164);
            StackPane.setAlignment(bar, Pos.CENTER_LEFT);
            Label figure = new Label(texts.value(value.figure().value(), unit));
            figure.getStyleClass().add("kpi-ranking-value");
            HBox row = new HBox(name, barBox, figure);
            row.getStyleClass().add("kpi-ranking-row");
            HBox.setHgrow(barBox, Priority.NEVER);
            Button button = new Button();
            button.setGraphic(row);
            button.getStyleClass().add("kpi-ranking-button");
            button.setId("unit-" + value.code());
            button.setOnAction(e -> open.accept(value.code()));
            button.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(button);
        }
    }
}
