package org.iocconsole.console.dashboard;

import java.util.ArrayList;
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
 * on a row opens that commune. Rows are made once and updated in place, so a refresh after a sync does not rebuild a
 * hundred buttons. FX thread only.
 */
final class UnitRanking extends VBox {
    private static final double BAR_WIDTH = 160;

    private final TileTexts texts;
    private final Consumer<String> open;
    private final List<Row> rows = new ArrayList<>();

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
        while (rows.size() < values.size()) {
            rows.add(new Row());
        }
        for (int i = 0; i < values.size(); i++) {
            rows.get(i).show(i + 1, values.get(i), unit, max);
        }
        List<Button> shown =
                rows.subList(0, values.size()).stream().map(r -> r.button).toList();
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
    }

    /** One commune's row: rank and name, bar, figure. */
    private final class Row {
        private final Label name = new Label();
        private final Region bar = new Region();
        private final Label figure = new Label();
        private final Button button = new Button();
        private String code;

        Row() {
            name.getStyleClass().add("kpi-ranking-name");
            name.setMinWidth(170);
            name.setPrefWidth(170);
            bar.getStyleClass().add("kpi-ranking-bar");
            bar.setPrefWidth(BAR_WIDTH);
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            StackPane barBox = new StackPane(bar);
            barBox.setPrefWidth(164);
            StackPane.setAlignment(bar, Pos.CENTER_LEFT);
            figure.getStyleClass().add("kpi-ranking-value");
            HBox row = new HBox(name, barBox, figure);
            row.getStyleClass().add("kpi-ranking-row");
            HBox.setHgrow(barBox, Priority.NEVER);
            button.setGraphic(row);
            button.getStyleClass().add("kpi-ranking-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> open.accept(code));
        }

        void show(int rank, UnitValue value, String unit, double max) {
            code = value.code();
            name.setText(rank + ". " + value.name());
            double share = value.figure().value() == null || max == 0
                    ? 0
                    : Math.abs(value.figure().value()) / max;
            // Scaled, not resized: a new figure moves no other node, so a refresh lays out less.
            double scale = Math.max(1 / BAR_WIDTH, share);
            bar.setScaleX(scale);
            bar.setTranslateX(-BAR_WIDTH * (1 - scale) / 2);
            figure.setText(texts.value(value.figure().value(), unit));
            button.setId("unit-" + value.code());
        }
    }
}
