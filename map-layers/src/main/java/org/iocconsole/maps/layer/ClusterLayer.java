package org.iocconsole.maps.layer;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.paint.Color;
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

    /** The radius of a point that stands alone. */
    static final double POINT_RADIUS = 5;

    private final Map<String, Color> colors;
    private final java.awt.Color[] palette;
    private final PieSprites sprites;
    private final Ellipse2D.Double ring = new Ellipse2D.Double();
    private PointClusters clusters;
    private String selected;

    /** @param colors the categories in legend order with their colours, at most {@value PieSprites#MAX_CATEGORIES} */
    public ClusterLayer(String id, Map<String, Color> colors) {
        super(id);
        this.colors = new LinkedHashMap<>(colors);
        this.palette = colors.values().stream().map(Java2d::color).toArray(java.awt.Color[]::new);
        this.sprites = new PieSprites(palette);
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
    protected void draw(Graphics2D g, Viewport view) {
        PointClusters shown = clusters;
        if (shown == null) {
            return;
        }
        ClusterLevel level = shown.level(view.zoom());
        List<PointFeature> points = shown.points();
        // Sprites are copied pixel for pixel, so they are placed in the image's own pixels.
        AffineTransform user = g.getTransform();
        double scale = user.getScaleX();
        g.setTransform(new AffineTransform());
        int[] parts = new int[palette.length];
        level.visit(AreaDrawing.visible(view), i -> {
            int count = level.count(i);
            for (int k = 0; k < parts.length; k++) {
                parts[k] = level.mix(i, k);
            }
            BufferedImage sprite = sprites.sprite(count, PieSprites.shares(count, parts), scale);
            long x = Math.round(view.screenX(level.x(i)) * scale + user.getTranslateX());
            long y = Math.round(view.screenY(level.y(i)) * scale + user.getTranslateY());
            g.drawImage(sprite, (int) x - sprite.getWidth() / 2, (int) y - sprite.getHeight() / 2, null);
            if (count == 1 && points.get(level.firstPoint(i)).id().equals(selected)) {
                g.setColor(java.awt.Color.BLACK);
                g.setStroke(new BasicStroke((float) (1.5 * scale)));
                ring.setFrame(x - 9 * scale, y - 9 * scale, 18 * scale, 18 * scale);
                g.draw(ring);
            }
        });
        g.setTransform(user);
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
