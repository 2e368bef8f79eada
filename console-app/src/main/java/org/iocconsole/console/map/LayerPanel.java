package org.iocconsole.console.map;

import java.text.NumberFormat;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.iocconsole.console.common.I18n;
import org.iocconsole.maps.layer.CanvasLayer;
import org.iocconsole.maps.layer.LegendEntry;

/**
 * The layer panel: per layer a switch, an opacity slider, buttons to move it up or down the drawing order, and its
 * legend. The rows follow the drawing order, topmost first. FX thread only.
 */
final class LayerPanel {
    private final VBox root = new VBox();
    private final MapCanvas canvas;
    private final MapLayers layers;
    private final I18n i18n;

    LayerPanel(MapCanvas canvas, MapLayers layers, I18n i18n) {
        this.canvas = canvas;
        this.layers = layers;
        this.i18n = i18n;
        root.setId("map-layers");
        root.getStyleClass().add("map-layer-panel");
        i18n.languageProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    VBox root() {
        return root;
    }

    /** Rebuilds the rows: after a reorder, and when a legend changed (new class breaks). */
    void refresh() {
        root.getChildren().clear();
        Map<String, CanvasLayer> byId = layers.byId();
        var order = canvas.order();
        for (int i = order.size() - 1; i >= 0; i--) {
            root.getChildren().add(row(byId.get(order.get(i))));
        }
    }

    private VBox row(CanvasLayer layer) {
        String id = layer.layerId();
        CheckBox shown = new CheckBox();
        shown.setId("map-layer-" + id);
        shown.textProperty().bind(i18n.text("map.layer." + id));
        shown.selectedProperty().bindBidirectional(layer.visibleProperty());
        shown.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(shown, Priority.ALWAYS);
        Button up = arrow("▲", "map.layer.up", () -> moved(id, 1));
        Button down = arrow("▼", "map.layer.down", () -> moved(id, -1));
        HBox head = new HBox(shown, up, down);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("map-layer-head");

        Slider opacity = new Slider(0.1, 1, layer.getOpacity());
        opacity.valueProperty().bindBidirectional(layer.opacityProperty());
        opacity.getStyleClass().add("map-layer-opacity");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("map.layer.opacity"));
        opacity.setTooltip(tip);
        opacity.disableProperty().bind(layer.visibleProperty().not());

        VBox row = new VBox(head, opacity);
        row.getStyleClass().add("map-layer-row");
        for (LegendEntry entry : layer.legend()) {
            Rectangle swatch = new Rectangle(12, 12, entry.color());
            swatch.getStyleClass().add("map-legend-swatch");
            Label label = new Label(legendText(id, entry), swatch);
            label.getStyleClass().add("map-legend-entry");
            row.getChildren().add(label);
        }
        return row;
    }

    private void moved(String id, int delta) {
        canvas.move(id, delta);
        refresh();
    }

    private Button arrow(String glyph, String tooltipKey, Runnable action) {
        Button button = new Button(glyph);
        button.getStyleClass().addAll("map-layer-move", "flat");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tooltipKey));
        button.setTooltip(tip);
        button.setOnAction(e -> action.run());
        return button;
    }

    private String legendText(String layerId, LegendEntry entry) {
        if (entry.key() == null) {
            NumberFormat format =
                    NumberFormat.getNumberInstance(i18n.getLanguage().locale());
            format.setMaximumFractionDigits(1);
            return format.format(entry.from()) + " – " + format.format(entry.to());
        }
        return switch (layerId) {
            case MapLayerIds.REPORTS -> i18n.get("map.report.state." + entry.key());
            case MapLayerIds.FACILITIES -> i18n.get("map.facility." + entry.key());
            case MapLayerIds.CAMERAS -> i18n.get("map.camera." + entry.key());
            default -> i18n.get("map." + entry.key());
        };
    }
}
