package org.iocconsole.console.reports;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A small sketch of where a report is: its commune's outline and the report's point, scaled to fit, north up. Not a
 * map (no tiles): enough to see whether the point lies in the commune, and where. FX thread only.
 */
final class LocationSketch {
    private static final double SIZE = 180;
    private static final double MARGIN = 8;

    private final Canvas canvas = new Canvas(SIZE, SIZE);

    LocationSketch() {
        canvas.setId("reports-detail-location");
        canvas.getStyleClass().add("reports-location");
    }

    Canvas canvas() {
        return canvas;
    }

    /**
     * Draws the outline (rings of lon, lat pairs; may be empty) and the point (may be null).
     *
     * @return whether there was anything to draw
     */
    boolean draw(List<double[]> rings, Double lat, Double lon) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, SIZE, SIZE);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] ring : rings) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                minX = Math.min(minX, ring[i]);
                maxX = Math.max(maxX, ring[i]);
                minY = Math.min(minY, ring[i + 1]);
                maxY = Math.max(maxY, ring[i + 1]);
            }
        }
        if (lat != null && lon != null) {
            minX = Math.min(minX, lon - 0.002);
            maxX = Math.max(maxX, lon + 0.002);
            minY = Math.min(minY, lat - 0.002);
            maxY = Math.max(maxY, lat + 0.002);
        }
        if (minX > maxX) {
            return false;
        }
        // Degrees of longitude are shorter than of latitude here (about 21° N): scale x by cos(latitude).
        double squeeze = Math.cos(Math.toRadians((minY + maxY) / 2));
        double scale = (SIZE - 2 * MARGIN) / Math.max((maxX - minX) * squeeze, maxY - minY);
        g.setStroke(Color.web("#7aa2f7"));
        g.setFill(Color.web("#7aa2f7", 0.12));
        g.setLineWidth(1.5);
        for (double[] ring : rings) {
            int n = ring.length / 2;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = MARGIN + (ring[2 * i] - minX) * squeeze * scale;
                ys[i] = SIZE - MARGIN - (ring[2 * i + 1] - minY) * scale;
            }
            g.fillPolygon(xs, ys, n);
            g.strokePolygon(xs, ys, n);
        }
        if (lat != null && lon != null) {
            double x = MARGIN + (lon - minX) * squeeze * scale;
            double y = SIZE - MARGIN - (lat - minY) * scale;
            g.setFill(Color.web("#f7768e"));
            g.fillOval(x - 5, y - 5, 10, 10);
            g.setStroke(Color.WHITE);
            g.strokeOval(x - 5, y - 5, 10, 10);
        }
        return true;
    }
}
