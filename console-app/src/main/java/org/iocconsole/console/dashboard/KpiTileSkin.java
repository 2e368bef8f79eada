package org.iocconsole.console.dashboard;

import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.VBox;

/** Draws a {@link KpiTile}: the value above the label, both following the tile's properties. FX thread only. */
final class KpiTileSkin extends SkinBase<KpiTile> {
    private final Label value = new Label();
    private final Label label = new Label();

    KpiTileSkin(KpiTile tile) {
        super(tile);
        value.getStyleClass().add("kpi-tile-value");
        value.textProperty().bind(tile.valueProperty());
        label.getStyleClass().add("kpi-tile-label");
        label.textProperty().bind(tile.labelProperty());
        label.setWrapText(true);
        VBox box = new VBox(value, label);
        box.getStyleClass().add("kpi-tile-box");
        getChildren().add(box);
    }

    @Override
    public void dispose() {
        value.textProperty().unbind();
        label.textProperty().unbind();
        super.dispose();
    }
}
