package org.iocconsole.maps.layer;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.paint.Color;
import org.iocconsole.maps.feature.Feature;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.geo.ProjectedArea;
import org.iocconsole.maps.geo.Viewport;
import org.iocconsole.maps.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * Outlines of administrative units (provinces or communes) with their names, and the selected unit highlighted. Labels
 * appear from {@code labelZoom} on, so a zoomed-out map is not a mass of text. FX thread only.
 */
public final class BoundaryLayer extends CanvasLayer {
    private static final java.awt.Color LABEL = new java.awt.Color(0x2b2a27);
    private static final java.awt.Color SELECTED = new java.awt.Color(0xd9480f);

    private final java.awt.Color stroke;
    private final BasicStroke line;
    private final BasicStroke selectedLine;
    private final double labelZoom;
    private final Font font;
    private final Path2D.Double path = new Path2D.Double();
    private Function<Feature, String> label = feature -> feature.text("name");
    private AreaIndex areas = AreaIndex.empty();
    private String selected;

    public BoundaryLayer(String id, Color stroke, double width, double labelZoom, boolean bold) {
        super(id);
        this.stroke = Java2d.color(stroke);
        this.line = new BasicStroke((float) width);
        this.selectedLine = new BasicStroke((float) width + 2);
        this.labelZoom = labelZoom;
        this.font = bold ? LabelFonts.bold(14) : LabelFonts.regular(11);
    }

    /** Shows these units; the index is built off the FX thread. */
    public void setAreas(AreaIndex areas) {
        this.areas = areas;
        markDirty();
    }

    public AreaIndex areas() {
        return areas;
    }

    /** What names a unit on the map (a property by default: "name"). */
    public void setLabel(Function<Feature, String> label) {
        this.label = label;
        markDirty();
    }

    /** Highlights a unit by feature id; null for none. */
    public void setSelected(String featureId) {
        this.selected = featureId;
        markDirty();
    }

    @Override
    protected void draw(Graphics2D g, Viewport view) {
        Envelope box = AreaDrawing.visible(view);
        AreaIndex shown = areas;
        shown.visit(box, i -> {
            boolean highlighted = shown.features().get(i).id().equals(selected);
            g.setStroke(highlighted ? selectedLine : line);
            g.setColor(highlighted ? SELECTED : stroke);
            g.draw(AreaDrawing.path(path, shown.area(i), view));
        });
        if (view.zoom() >= labelZoom) {
            g.setFont(font);
            g.setColor(LABEL);
            shown.visit(box, i -> {
                ProjectedArea area = shown.area(i);
                // Units too small on screen for their name stay unnamed until the map zooms in.
                if ((area.bounds().getWidth() * view.scale()) < 40) {
                    return;
                }
                String text = label.apply(shown.features().get(i));
                if (text != null) {
                    double x = view.screenX(area.labelX());
                    double y = view.screenY(area.labelY());
                    // One fill per label: a halo would double the text drawing, the costliest part of a frame.
                    Java2d.centred(g, text, x, y);
                }
            });
        }
    }

    @Override
    public Optional<Pick> pick(double x, double y) {
        Viewport view = viewport();
        if (view == null || !isVisible()) {
            return Optional.empty();
        }
        int found = areas.at(WebMercator.lon(view.worldX(x)), WebMercator.lat(view.worldY(y)));
        if (found < 0) {
            return Optional.empty();
        }
        Feature feature = areas.features().get(found);
        return Optional.of(new Pick(layerId(), feature.id(), label.apply(feature), 1, java.util.Map.of()));
    }
}
