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
 * A layer of the map drawn on one canvas a margin larger than the map on every side. Gluon Maps lays its layers out
 * once per pulse when the map moved, and {@link #markDirty()} asks for the same when the data changed, so bursts of
 * changes and of mouse moves give one redraw per pulse. A pan by whole pixels (see {@link PixelSnap}) that stays
 * within the margin only moves the drawn canvas: copying it is far cheaper than drawing again, on the software
 * pipeline above all. A zoom, a resize, new data, or a pan past the margin draws again. Subclasses draw in
 * {@link #draw}, given the canvas's {@link Viewport}, and allocate nothing per feature there. FX thread only.
 */
public abstract class CanvasLayer extends MapLayer {
    /** Pixels drawn beyond each edge of the map, so short pans need no drawing: one tile, as Gluon loads. */
    static final double MARGIN = 256;

    /** How close to a whole number of pixels a pan must be to count as one (the offsets carry rounding errors). */
    private static final double WHOLE = 1e-6;

    private final Canvas canvas = new Canvas();
    private final String id;
    private Viewport viewport;
    /** The screen's view when the canvas was last drawn; null when the canvas must be drawn again. */
    private Viewport drawn;
    /** The margin drawn around the screen then: none while zooming. */
    private double drawnMargin;
    /** The zoom of the last drawing, kept when the data change, so a redraw in a pan draws the margin at once. */
    private double drawnZoom = Double.NaN;

    private int draws;

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

    /** How many times the layer has drawn its canvas; pans within the margin do not count. */
    public int draws() {
        return draws;
    }

    /** The data or the look changed: the next pulse draws the canvas again. */
    @Override
    protected void markDirty() {
        drawn = null;
        super.markDirty();
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
        double zoom = baseMap.zoom().get();
        double scale = WebMercator.scale(zoom);
        viewport = new Viewport(zoom, scale, origin.getX() - scale / 2, origin.getY() - scale / 2, width, height);
        if (drawn != null && movedOnly(drawn, viewport, drawnMargin)) {
            canvas.setTranslateX(Math.rint(viewport.offsetX() - drawn.offsetX()) - MARGIN);
            canvas.setTranslateY(Math.rint(viewport.offsetY() - drawn.offsetY()) - MARGIN);
            return;
        }
        double canvasWidth = isVisible() ? width + 2 * MARGIN : 0;
        double canvasHeight = isVisible() ? height + 2 * MARGIN : 0;
        if (canvas.getWidth() != canvasWidth || canvas.getHeight() != canvasHeight) {
            canvas.setWidth(canvasWidth);
            canvas.setHeight(canvasHeight);
        }
        canvas.setTranslateX(-MARGIN);
        canvas.setTranslateY(-MARGIN);
        // While the zoom changes every frame, the margin would only be drawn in vain: it is drawn from the first pan
        // on.
        double margin = zoom == drawnZoom ? MARGIN : 0;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        // Only what is drawn now can be seen until the next drawing: an old margin stays hidden.
        gc.clearRect(MARGIN - margin, MARGIN - margin, width + 2 * margin, height + 2 * margin);
        // Hidden layers cost nothing (an empty canvas); shown again, they draw the current view.
        if (isVisible()) {
            gc.save();
            gc.translate(MARGIN - margin, MARGIN - margin);
            draw(gc, viewport.panned(margin, margin).resized(width + 2 * margin, height + 2 * margin));
            gc.restore();
            draws++;
            drawn = viewport;
            drawnMargin = margin;
            drawnZoom = zoom;
        } else {
            drawn = null;
        }
    }

    /**
     * Whether the canvas drawn for {@code before} shows {@code now} when moved: same zoom and size, a pan by whole
     * pixels (a fraction would make the pipeline filter the whole canvas), and no farther than the margin drawn.
     */
    static boolean movedOnly(Viewport before, Viewport now, double margin) {
        double dx = now.offsetX() - before.offsetX();
        double dy = now.offsetY() - before.offsetY();
        return before.zoom() == now.zoom()
                && before.width() == now.width()
                && before.height() == now.height()
                && Math.abs(dx - Math.rint(dx)) < WHOLE
                && Math.abs(dy - Math.rint(dy)) < WHOLE
                && Math.abs(dx) <= margin
                && Math.abs(dy) <= margin;
    }

    /**
     * Draws the layer on the cleared canvas; {@code view} is the canvas's view, the map's screen with the margin
     * around it.
     */
    protected abstract void draw(GraphicsContext gc, Viewport view);
}
