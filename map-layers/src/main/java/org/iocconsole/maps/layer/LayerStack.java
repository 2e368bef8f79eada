package org.iocconsole.maps.layer;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.iocconsole.maps.geo.Viewport;
import org.iocconsole.maps.geo.WebMercator;

/**
 * The map's layers, bottom first, drawn on one canvas ({@link LayerRaster}) a margin larger than the map on every
 * side. Gluon Maps lays its layers out once per pulse when the map moved, and a layer's change asks for the same, so
 * bursts of changes and of mouse moves give one drawing per pulse. A pan by whole pixels (see {@link PixelSnap}) that
 * stays within the margin only moves the drawn canvas: copying it is far cheaper than drawing again, on the software
 * pipeline above all. A zoom, a resize, a layer's change, or a pan past the margin draws every shown layer again. One
 * canvas for all layers: one image to upload after each drawing and to blend into each frame. Drawn with its margin,
 * the canvas holds a copy of the tiles under the layers, and the basemap is hidden while the copy covers the screen
 * ({@link BasemapCover}). FX thread only.
 */
public final class LayerStack extends MapLayer {
    /** Pixels drawn beyond each edge of the map, so short pans need no drawing: one tile, as Gluon loads. */
    static final double MARGIN = 256;

    /** How close to a whole number of pixels a pan must be to count as one (the offsets carry rounding errors). */
    private static final double WHOLE = 1e-6;

    private final LayerRaster canvas = new LayerRaster();
    private final BasemapCover cover = new BasemapCover();
    /** The screen's pixels per pixel of the map; the layers draw again when the window moves to another screen. */
    private final ObservableValue<Number> pixelScale =
            sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::renderScaleXProperty);

    private List<CanvasLayer> layers = List.of();
    /** The screen's view when the canvas was last drawn; null when the canvas must be drawn again. */
    private Viewport drawn;
    /** The margin drawn around the screen then: none while zooming. */
    private double drawnMargin;
    /** The zoom of the last drawing, kept when a layer changes, so a drawing in a pan draws the margin at once. */
    private double drawnZoom = Double.NaN;

    public LayerStack() {
        getChildren().add(canvas.node());
        pixelScale.addListener((o, was, now) -> markDirty());
        // Hidden or taken off its map, the stack must not leave that map's tiles hidden under a copy of them.
        visibleProperty().addListener(o -> {
            cover.forget();
            markDirty();
        });
        parentProperty().addListener(o -> cover.forget());
    }

    /** The layers to draw, bottom first; the stack draws again when any of them changes. */
    public void setLayers(List<CanvasLayer> bottomFirst) {
        for (CanvasLayer layer : layers) {
            layer.drawnBy(null);
        }
        layers = List.copyOf(bottomFirst);
        for (CanvasLayer layer : layers) {
            layer.drawnBy(this::markDirty);
        }
        markDirty();
    }

    /** Draws every shown layer again at the next pulse. */
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
        Viewport view = new Viewport(zoom, scale, origin.getX() - scale / 2, origin.getY() - scale / 2, width, height);
        for (CanvasLayer layer : layers) {
            layer.showing(view);
        }
        if (drawn != null && movedOnly(drawn, view, drawnMargin)) {
            double moveX = Math.rint(view.offsetX() - drawn.offsetX());
            double moveY = Math.rint(view.offsetY() - drawn.offsetY());
            canvas.node().setTranslateX(moveX - MARGIN);
            canvas.node().setTranslateY(moveY - MARGIN);
            // Past the tiles copied under the drawing, it is drawn again once the basemap has the tiles there.
            if (cover.show(screen(MARGIN - moveX, MARGIN - moveY, view))
                    || !(drawnMargin > 0 && cover.tilesChanged())) {
                return;
            }
        }
        draw(view, zoom);
    }

    private void draw(Viewport view, double zoom) {
        boolean any = layers.stream().anyMatch(CanvasLayer::isVisible);
        double width = view.width();
        double height = view.height();
        // Nothing shown costs nothing: an empty canvas. Shown again, the layers draw the current view.
        double scale = pixelScale.getValue() == null ? 1 : pixelScale.getValue().doubleValue();
        canvas.resize(any ? width + 2 * MARGIN : 0, any ? height + 2 * MARGIN : 0, scale);
        canvas.node().setTranslateX(-MARGIN);
        canvas.node().setTranslateY(-MARGIN);
        if (!any) {
            cover.forget();
            drawn = null;
            return;
        }
        // While the zoom changes every frame, the margin would only be drawn in vain: it is drawn from the first pan
        // on. Only what is drawn now can be seen until the next drawing: an old margin stays hidden.
        double margin = zoom == drawnZoom ? MARGIN : 0;
        Viewport canvasView = view.panned(margin, margin).resized(width + 2 * margin, height + 2 * margin);
        // With the margin the whole image is drawn, over the tiles if they can be copied under it.
        Rectangle2D screen = screen(MARGIN, MARGIN, view);
        boolean covered = margin > 0
                && isVisible()
                && cover.take(
                        baseMap,
                        new Rectangle2D(-MARGIN, -MARGIN, canvas.pixelWidth(), canvas.pixelHeight()),
                        screen,
                        scale,
                        new BasemapCover.Place(zoom, -MARGIN - view.offsetX(), -MARGIN - view.offsetY()));
        if (!covered) {
            cover.forget();
        }
        Consumer<int[]> underlay = covered ? cover::copyTo : null;
        canvas.draw(MARGIN - margin, MARGIN - margin, width + 2 * margin, height + 2 * margin, underlay, g -> {
            for (CanvasLayer layer : layers) {
                if (layer.isVisible()) {
                    layer.drawOn(g, canvasView);
                }
            }
        });
        if (covered) {
            cover.show(screen);
        }
        drawn = view;
        drawnMargin = margin;
        drawnZoom = zoom;
    }

    /** The screen in pixels of the drawing, whose corner lies at ({@code x}, {@code y}) of them. */
    private static Rectangle2D screen(double x, double y, Viewport view) {
        return new Rectangle2D(x, y, view.width(), view.height());
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
}
