package org.iocconsole.maps.layer;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.iocconsole.maps.geo.Viewport;
import org.iocconsole.maps.geo.WebMercator;

/**
 * A layer of the map drawn on one canvas as large as the map. Gluon Maps lays its layers out once per pulse when the
 * map moved, and {@link #markDirty()} asks for the same when the data changed, so bursts of changes and of mouse moves
 * give one redraw per pulse. Subclasses draw in {@link #draw}, given the frame's {@link Viewport}, and allocate
 * nothing per feature there. FX thread only.
 */
public abstract class CanvasLayer extends MapLayer {
    private final Canvas canvas = new Canvas();
    private final String id;
    private Viewport viewport;

    protected CanvasLayer(String id) {
        this.id = id;
        getChildren().add(canvas);
        canvas.setMouseTransparent(true);
        // Hidden layers cost nothing; shown again, they draw the current view.
        visibleProperty().addListener((o, was, now) -> markDirty());
    }

    /** A stable name for the layer panel and saved settings ("communes", "reports"). */
    public String layerId() {
        return id;
    }

    /** The view of the last frame; null before the first. */
    public Viewport viewport() {
        return viewport;
    }

    /** What the legend shows for this layer; empty for none. */
    public List<LegendEntry> legend() {
        return List.of();
    }

    /** What is under a point of the map (in the map's coordinates), if this layer has anything there. */
    public Optional<Pick> pick(double x, double y) {
        return Optional.empty();
    }

    /** Redraws at the next pulse. */
    public void redraw() {
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        Parent parent = getParent();
        if (!(parent instanceof Region map) || baseMap == null) {
            return;
        }
        Point2D origin = getMapPoint(0, 0);
        if (origin == null) {
            return;
        }
        double width = map.getWidth();
        double height = map.getHeight();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        double zoom = baseMap.zoom().get();
        double scale = WebMercator.scale(zoom);
        viewport = new Viewport(zoom, scale, origin.getX() - scale / 2, origin.getY() - scale / 2, width, height);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, width, height);
        if (isVisible()) {
            draw(gc, viewport);
        }
    }

    /** Draws the layer for a frame on a cleared canvas. */
    protected abstract void draw(GraphicsContext gc, Viewport view);
}
