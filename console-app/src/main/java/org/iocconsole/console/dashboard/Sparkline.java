package org.iocconsole.console.dashboard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A small line of recent periods in a tile; a gap (null) breaks the line instead of being drawn as zero. Redraws in the
 * layout pass after new points or a new size. FX thread only.
 */
final class Sparkline extends Region {
    private static final double HEIGHT = 26;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<List<Double>> points = new SimpleObjectProperty<>(this, "points", List.of()) {
        @Override
        protected void invalidated() {
            // Drawn once, in the next layout pass.
            dirty = true;
            requestLayout();
        }
    };
    private boolean dirty = true;

    Sparkline() {
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
    }

    ObjectProperty<List<Double>> pointsProperty() {
        return points;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 100;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            dirty = true;
        }
        if (dirty) {
            draw();
        }
    }

    private void draw() {
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        List<Double> values = points.get();
        if (values == null || values.size() < 2 || w <= 0) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Double v : values) {
            if (v != null) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return;
        }
        double span = max > min ? max - min : 1;
        g.setStroke(Color.web("#3b82f6"));
        g.setLineWidth(1.5);
        boolean drawing = false;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                if (drawing) {
                    g.stroke();
                }
                drawing = false;
                continue;
            }
            double x = i * (w - 2) / (values.size() - 1) + 1;
            double y = h - 2 - (v - min) / span * (h - 4);
            if (drawing) {
                g.lineTo(x, y);
            } else {
                g.beginPath();
                g.moveTo(x, y);
                drawing = true;
            }
        }
        if (drawing) {
            g.stroke();
        }
    }
}
