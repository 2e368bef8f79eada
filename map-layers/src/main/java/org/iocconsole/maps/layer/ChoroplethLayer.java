package org.iocconsole.maps.layer;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.paint.Color;
import org.iocconsole.maps.feature.Feature;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.geo.ClassBreaks;
import org.iocconsole.maps.geo.Viewport;
import org.iocconsole.maps.geo.WebMercator;

/**
 * Units filled by the class of an indicator's value (quantile, equal interval or natural breaks), on a sequential
 * palette, with the classes as its legend. Units without a value stay unfilled. FX thread only.
 */
public final class ChoroplethLayer extends CanvasLayer {
    /** Light to dark; as many as the most classes offered. */
    static final List<Color> PALETTE = List.of(
            Color.web("#fff5eb"),
            Color.web("#fdd0a2"),
            Color.web("#fd8d3c"),
            Color.web("#d94801"),
            Color.web("#7f2704"),
            Color.web("#4a1500"),
            Color.web("#2a0c00"));

    private AreaIndex areas = AreaIndex.empty();
    private Map<String, Double> values = Map.of();
    private double[] breaks = new double[0];
    private int[] classOf = new int[0];
    private final Path2D.Double path = new Path2D.Double();

    public ChoroplethLayer(String id) {
        super(id);
    }

    /**
     * Shows values by unit.
     *
     * @param values by feature id; units without one stay unfilled
     * @param classes how many classes, at most {@link #PALETTE}'s size
     */
    public void setValues(AreaIndex areas, Map<String, Double> values, ClassBreaks.Method method, int classes) {
        this.areas = areas;
        this.values = Map.copyOf(values);
        double[] all = values.values().stream().mapToDouble(Double::doubleValue).toArray();
        this.breaks = ClassBreaks.of(method, all, Math.min(classes, PALETTE.size()));
        this.classOf = new int[areas.size()];
        for (int i = 0; i < areas.size(); i++) {
            Double value = this.values.get(areas.features().get(i).id());
            classOf[i] = value == null ? -1 : ClassBreaks.classOf(breaks, value);
        }
        markDirty();
    }

    /** The upper bounds of the classes. */
    public double[] breaks() {
        return breaks.clone();
    }

    @Override
    public List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        double min =
                values.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        for (int i = 0; i < breaks.length; i++) {
            entries.add(new LegendEntry(color(i), null, i == 0 ? min : breaks[i - 1], breaks[i]));
        }
        return entries;
    }

    private Color color(int index) {
        if (breaks.length <= 1) {
            return PALETTE.get(PALETTE.size() / 2);
        }
        // Spread the classes over the palette, so three classes are light, middle and dark.
        int at = (int) Math.round(index * (PALETTE.size() - 3) / (double) (breaks.length - 1)) + 1;
        return PALETTE.get(at);
    }

    @Override
    protected void draw(Graphics2D g, Viewport view) {
        AreaIndex shown = areas;
        int[] classes = classOf;
        java.awt.Color[] fills = new java.awt.Color[breaks.length];
        for (int k = 0; k < fills.length; k++) {
            fills[k] = Java2d.color(color(k));
        }
        shown.visit(AreaDrawing.visible(view), i -> {
            if (i < classes.length && classes[i] >= 0) {
                g.setColor(fills[classes[i]]);
                g.fill(AreaDrawing.path(path, shown.area(i), view));
            }
        });
    }

    @Override
    public Optional<Pick> pick(double x, double y) {
        Viewport view = viewport();
        if (view == null || !isVisible()) {
            return Optional.empty();
        }
        int found = areas.at(WebMercator.lon(view.worldX(x)), WebMercator.lat(view.worldY(y)));
        if (found < 0 || !values.containsKey(areas.features().get(found).id())) {
            return Optional.empty();
        }
        Feature feature = areas.features().get(found);
        return Optional.of(new Pick(layerId(), feature.id(), String.valueOf(values.get(feature.id())), 1, Map.of()));
    }
}
