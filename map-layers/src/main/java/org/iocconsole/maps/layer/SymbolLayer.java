package org.iocconsole.maps.layer;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iocconsole.maps.feature.PointFeature;
import org.iocconsole.maps.geo.ClusterLevel;
import org.iocconsole.maps.geo.PointClusters;
import org.iocconsole.maps.geo.Viewport;

/**
 * Places drawn as badges with a glyph by category: facilities (hospitals, schools…) and cameras. There are hundreds,
 * not thousands, so they are never clustered; an STRtree still finds the visible ones and the one clicked. FX thread
 * only.
 */
public class SymbolLayer extends CanvasLayer {
    private static final double SIZE = 16;
    private static final BasicStroke EDGE = new BasicStroke(1.6f);

    private final Map<String, Symbol> symbols;
    private final Symbol fallback;
    private final Map<Symbol, java.awt.Color> fills = new java.util.HashMap<>();
    private final List<String> categories;
    private PointClusters places;

    /** @param symbols by category, in legend order; other categories draw as the last one */
    public SymbolLayer(String id, Map<String, Symbol> symbols) {
        super(id);
        this.symbols = new LinkedHashMap<>(symbols);
        this.categories = List.copyOf(symbols.keySet());
        this.fallback = new ArrayList<>(symbols.values()).get(symbols.size() - 1);
        symbols.values().forEach(symbol -> fills.put(symbol, Java2d.color(symbol.color())));
        this.places = PointClusters.build(List.of(), categories, 0, 1);
    }

    /** Shows these places; cheap enough for the FX thread at a few thousand. */
    public void setPoints(List<PointFeature> points) {
        this.places = PointClusters.build(points, categories, 0, 1);
        markDirty();
    }

    public List<PointFeature> points() {
        return places.points();
    }

    @Override
    public List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        symbols.forEach((key, symbol) -> entries.add(LegendEntry.category(symbol.color(), key)));
        return entries;
    }

    @Override
    protected void draw(Graphics2D g, Viewport view) {
        ClusterLevel level = places.level(0);
        List<PointFeature> points = places.points();
        g.setStroke(EDGE);
        RoundRectangle2D.Double badge = new RoundRectangle2D.Double();
        level.visit(AreaDrawing.visible(view), i -> {
            PointFeature point = points.get(level.firstPoint(i));
            Symbol symbol = symbols.getOrDefault(point.category(), fallback);
            double x = view.screenX(level.x(i));
            double y = view.screenY(level.y(i));
            badge.setRoundRect(x - SIZE / 2, y - SIZE / 2, SIZE, SIZE, 5, 5);
            g.setColor(fills.get(symbol));
            g.fill(badge);
            g.setColor(java.awt.Color.WHITE);
            g.draw(badge);
            Glyphs.draw(g, symbol.glyph(), x, y);
        });
    }

    @Override
    public Optional<Pick> pick(double x, double y) {
        Viewport view = viewport();
        if (view == null || !isVisible()) {
            return Optional.empty();
        }
        ClusterLevel level = places.level(0);
        int hit = level.nearest(view.worldX(x), view.worldY(y), SIZE / view.scale());
        if (hit < 0) {
            return Optional.empty();
        }
        PointFeature point = places.points().get(level.firstPoint(hit));
        return Optional.of(new Pick(layerId(), point.id(), point.label(), 1, Map.of(point.category(), 1)));
    }
}
