package org.iocconsole.console.dashboard;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.VBox;

/** Draws a {@link KpiTile}: the value above the label, both following the tile's properties. FX thread only. */
final class KpiTileSkin extends SkinBase<KpiTile> {
    private final Label value = new Label();
    private final Label label = new Label();
    private final Label details = new Label();
    private final Label notes = new Label();
    private final Sparkline sparkline = new Sparkline();
    private final VBox box;

    KpiTileSkin(KpiTile tile) {
        super(tile);
        value.getStyleClass().add("kpi-tile-value");
        value.textProperty().bind(tile.valueProperty());
        label.getStyleClass().add("kpi-tile-label");
        label.textProperty().bind(tile.labelProperty());
        label.setWrapText(true);
        details.getStyleClass().add("kpi-tile-details");
        details.textProperty().bind(tile.detailsProperty());
        details.setWrapText(true);
        notes.getStyleClass().add("kpi-tile-notes");
        notes.textProperty().bind(tile.notesProperty());
        notes.setWrapText(true);
        sparkline.getStyleClass().add("kpi-tile-sparkline");
        sparkline.pointsProperty().bind(tile.sparklineProperty());
        for (Node optional : new Node[] {details, notes}) {
            optional.managedProperty().bind(optional.visibleProperty());
        }
        details.visibleProperty().bind(tile.detailsProperty().isNotEmpty());
        notes.visibleProperty().bind(tile.notesProperty().isNotEmpty());
        sparkline.managedProperty().bind(sparkline.visibleProperty());
        sparkline
                .visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> tile.getSparkline() != null
                                && !tile.getSparkline().isEmpty(),
                        tile.sparklineProperty()));
        box = new VBox(value, label, sparkline, details, notes);
        box.getStyleClass().add("kpi-tile-box");
        getChildren().add(box);
    }

    /** As wide as the number: a figure is never cut short. The label wraps instead. */
    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + value.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double inner = width < 0 ? -1 : Math.max(0, width - left - right);
        return top + bottom + box.prefHeight(inner);
    }

    @Override
    public void dispose() {
        value.textProperty().unbind();
        label.textProperty().unbind();
        details.textProperty().unbind();
        notes.textProperty().unbind();
        sparkline.pointsProperty().unbind();
        super.dispose();
    }
}
