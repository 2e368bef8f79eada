package org.iocconsole.maps.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.iocconsole.maps.feature.PointFeature;
import org.iocconsole.maps.geo.ClusterLevel;
import org.iocconsole.maps.geo.PointClusters;
import org.iocconsole.maps.geo.Viewport;

/**
 * Many points (citizen reports) coloured by category, clustered below the zoom where they stand alone. A cluster is a
 * disc sized by its count and divided like a pie by its categories (its status mix). Clusters come precomputed per
 * zoom level ({@link PointClusters}, built off the FX thread); a frame draws only the clusters its STRtree finds on
 * screen. FX thread only.
 */
public final class ClusterLayer extends CanvasLayer {
    /** How close, in pixels, a click must come to a point to hit it. */
    static final double HIT_PIXELS = 10;

    private final Map<String, Color> colors;
    private final Color[] palette;
    private final Font font = Font.font("System", FontWeight.BOLD, 11);
    private PointClusters clusters;
    private String selected;

    /** @param colors the categories in legend order with their colours */
    public ClusterLayer(String id, Map<String, Color> colors) {
        super(id);
        this.colors = new LinkedHashMap<>(colors);
        this.palette = colors.values().toArray(new Color[0]);
    }

    /** The categories in the order {@link PointClusters#build} must count them. */
    public List<String> categories() {
        return List.copyOf(colors.keySet());
    }

    public void setClusters(PointClusters clusters) {
        if (!clusters.categories().equals(categories())) {
            throw new IllegalArgumentException("clusters counted for other categories: " + clusters.categories());
        }
        this.clusters = clusters;
        markDirty();
    }

    public PointClusters clusters() {
        return clusters;
    }

    /** Rings a point by id; null for none. */
    public void setSelected(String pointId) {
        this.selected = pointId;
        markDirty();
    }

    @Override
    public List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        colors.forEach((key, color) -> entries.add(LegendEntry.category(color, key)));
        return entries;
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport view) {
        PointClusters shown = clusters;
        if (shown == null) {
            return;
        }
        ClusterLevel level = shown.level(view.zoom());
        List<PointFeature> points = shown.points();
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.5);
        level.visit(AreaDrawing.visible(view), i -> {
            double x = view.screenX(level.x(i));
            double y = view.screenY(level.y(i));
            int count = level.count(i);
            if (count == 1) {
                gc.setFill(palette[category(level, i)]);
                gc.fillOval(x - 5, y - 5, 10, 10);
                gc.strokeOval(x - 5, y - 5, 10, 10);
                if (points.get(level.firstPoint(i)).id().equals(selected)) {
                    gc.setStroke(Color.BLACK);
                    gc.strokeOval(x - 9, y - 9, 18, 18);
                    gc.setStroke(Color.WHITE);
                }
                return;
            }
            double r = radius(count);
            double start = 90;
            for (int k = 0; k < palette.length; k++) {
                int part = level.mix(i, k);
                if (part > 0) {
                    double extent = 360.0 * part / count;
                    gc.setFill(palette[k]);
                    gc.fillArc(x - r, y - r, 2 * r, 2 * r, start, extent, ArcType.ROUND);
                    start += extent;
                }
            }
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            gc.setFill(Color.rgb(255, 255, 255, 0.9));
            gc.fillOval(x - r * 0.55, y - r * 0.55, r * 1.1, r * 1.1);
            gc.setFill(Color.BLACK);
            gc.fillText(count < 1000 ? Integer.toString(count) : (count / 1000) + "k", x, y);
        });
    }

    private static int category(ClusterLevel level, int cluster) {
        for (int k = 0; ; k++) {
            if (level.mix(cluster, k) > 0) {
                return k;
            }
        }
    }

    static double radius(int count) {
        return Math.min(28, 10 + 4 * Math.log10(count) * 2);
    }

    @Override
    public Optional<Pick> pick(double x, double y) {
        Viewport view = viewport();
        PointClusters shown = clusters;
        if (view == null || shown == null || !isVisible()) {
            return Optional.empty();
        }
        ClusterLevel level = shown.level(view.zoom());
        int hit = level.nearest(view.worldX(x), view.worldY(y), 2 * radius(1000) / view.scale());
        if (hit < 0) {
            return Optional.empty();
        }
        double dx = view.screenX(level.x(hit)) - x;
        double dy = view.screenY(level.y(hit)) - y;
        int count = level.count(hit);
        double reach = count == 1 ? HIT_PIXELS : radius(count);
        if (dx * dx + dy * dy > reach * reach) {
            return Optional.empty();
        }
        Map<String, Integer> mix = new LinkedHashMap<>();
        List<String> keys = categories();
        for (int k = 0; k < keys.size(); k++) {
            if (level.mix(hit, k) > 0) {
                mix.put(keys.get(k), level.mix(hit, k));
            }
        }
        PointFeature first = shown.points().get(level.firstPoint(hit));
        return Optional.of(new Pick(layerId(), count == 1 ? first.id() : null, first.label(), count, mix));
    }
}
