package org.iocconsole.maps.layer;

import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
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
    private static final Color LABEL = Color.web("#2b2a27");
    private static final Color SELECTED = Color.web("#d9480f");

    private final Color stroke;
    private final double width;
    private final double labelZoom;
    private final Font font;
    private Function<Feature, String> label = feature -> feature.text("name");
    private AreaIndex areas = AreaIndex.empty();
    private String selected;

    public BoundaryLayer(String id, Color stroke, double width, double labelZoom, boolean bold) {
        super(id);
        this.stroke = stroke;
        this.width = width;
        this.labelZoom = labelZoom;
        this.font = Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, bold ? 14 : 11);
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
    protected void draw(GraphicsContext gc, Viewport view) {
        Envelope box = AreaDrawing.visible(view);
        gc.setLineWidth(width);
        gc.setStroke(stroke);
        AreaIndex shown = areas;
        shown.visit(box, i -> {
            AreaDrawing.path(gc, shown.area(i), view);
            if (shown.features().get(i).id().equals(selected)) {
                gc.setStroke(SELECTED);
                gc.setLineWidth(width + 2);
                gc.stroke();
                gc.setStroke(stroke);
                gc.setLineWidth(width);
            } else {
                gc.stroke();
            }
        });
        if (view.zoom() >= labelZoom) {
            gc.setFont(font);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(LABEL);
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
                    gc.fillText(text, x, y);
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
