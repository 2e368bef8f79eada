package org.iocconsole.maps.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.maps.FxThread.onFx;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import org.iocconsole.maps.FxThread;
import org.iocconsole.maps.geo.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Layers on a real map view, drawn on the one canvas of their stack, keep their drawing while the map pans by whole
 * pixels within the margin, and draw again when the zoom, a layer's data or a long pan asks for it; the tiles stay on
 * whole pixels.
 */
class LayerStackTest {
    private static final double WIDTH = 800;
    private static final double HEIGHT = 600;

    private MapView map;
    private Counting layer;
    private LayerStack stack;
    private ShownMap window;

    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @BeforeEach
    void showMap() throws Exception {
        layer = new Counting();
        stack = onFx(() -> {
            LayerStack layers = new LayerStack();
            layers.setLayers(List.of(layer));
            return layers;
        });
        window = ShownMap.show(stack, WIDTH, HEIGHT);
        map = window.map();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aPanReusesTheDrawingOnceTheMarginIsDrawn() throws Exception {
        int afterZoom = layer.draws();
        assertThat(afterZoom).isPositive();
        // Drawn while the zoom changed: no margin yet, so the first pan draws once more, with the margin.
        assertThat(layer.lastView.width()).isEqualTo(WIDTH);
        pan(30, 20);
        assertThat(layer.draws()).isEqualTo(afterZoom + 1);
        assertThat(layer.lastView.width()).isEqualTo(WIDTH + 2 * LayerStack.MARGIN);
        Viewport drawnFor = layer.viewport();

        pan(-40, 25);
        pan(12, -7);

        assertThat(layer.draws()).isEqualTo(afterZoom + 1);
        // The canvas moved with the map by whole pixels; picking uses the current view.
        Viewport now = layer.viewport();
        assertThat(now.offsetX() - drawnFor.offsetX()).isEqualTo(28);
        assertThat(now.offsetY() - drawnFor.offsetY()).isEqualTo(-18);
        assertThat(canvas().getTranslateX()).isEqualTo(28 - LayerStack.MARGIN);
        assertThat(canvas().getTranslateY()).isEqualTo(-18 - LayerStack.MARGIN);
    }

    @Test
    void aPanPastTheMarginDrawsAgain() throws Exception {
        pan(10, 0);
        int drawn = layer.draws();

        pan(LayerStack.MARGIN + 50, 0);

        assertThat(layer.draws()).isEqualTo(drawn + 1);
        assertThat(canvas().getTranslateX()).isEqualTo(-LayerStack.MARGIN);
    }

    @Test
    void aZoomOrNewDataDrawAgain() throws Exception {
        pan(10, 0);
        int drawn = layer.draws();

        onFx(() -> {
            map.setZoom(11.3);
            return null;
        });
        settle();
        assertThat(layer.draws()).isEqualTo(drawn + 1);
        assertThat(layer.lastView.zoom()).isEqualTo(11.3);

        onFx(() -> {
            layer.redraw();
            return null;
        });
        settle();
        assertThat(layer.draws()).isEqualTo(drawn + 2);
    }

    @Test
    void aHiddenLayerDrawsNothingAndDrawsTheCurrentViewWhenShown() throws Exception {
        pan(10, 0);
        int drawn = layer.draws();
        onFx(() -> {
            layer.setVisible(false);
            return null;
        });
        settle();
        pan(20, 0);
        assertThat(layer.draws()).isEqualTo(drawn);
        assertThat(canvas().getImage()).isNull();

        onFx(() -> {
            layer.setVisible(true);
            return null;
        });
        settle();

        assertThat(layer.draws()).isEqualTo(drawn + 1);
        assertThat(layer.lastView.offsetX() - LayerStack.MARGIN)
                .isEqualTo(layer.viewport().offsetX());
    }

    @Test
    void layersShareOneCanvasAndDrawBottomFirstAtTheirOpacity() throws Exception {
        List<String> order = new ArrayList<>();
        Recording bottom = new Recording("bottom", order);
        Recording top = new Recording("top", order);
        onFx(() -> {
            top.setOpacity(0.4);
            stack.setLayers(List.of(bottom, top));
            return null;
        });
        settle();

        assertThat(order).containsExactly("bottom", "top");
        assertThat(bottom.alpha).isEqualTo(1.0f);
        assertThat(top.alpha).isEqualTo(0.4f);
        assertThat(onFx(() -> stack.getChildrenUnmodifiable().stream()
                        .filter(ImageView.class::isInstance)
                        .count()))
                .isEqualTo(1);
        // The first layer, no longer in the stack, draws no more.
        int before = layer.draws();
        pan(LayerStack.MARGIN + 50, 0);
        assertThat(layer.draws()).isEqualTo(before);
    }

    @Test
    void whatTheLayersDrawShowsWhereTheyDrewItAtTheirOpacity() throws Exception {
        Filling red = new Filling(java.awt.Color.RED, 100, 50);
        Filling blue = new Filling(java.awt.Color.BLUE, 300, 200);
        onFx(() -> {
            blue.setOpacity(0.5);
            stack.setLayers(List.of(red, blue));
            return null;
        });
        settle();
        pan(-7, 3);

        // The drawing moved with the map: a spot drawn at (x, y) of the screen is now at (x + 7, y - 3).
        assertThat(shown(107, 47)).isEqualTo(0xffff0000);
        // The drawing holds the (blank, opaque) tiles copied under it: the same at any spot the layers left, and
        // half of it under the half-opaque blue.
        int tile = shown(500, 400);
        assertThat(tile >>> 24).isEqualTo(0xff);
        assertThat(shown(200, 120)).isEqualTo(tile);
        int blended = shown(307, 197);
        for (int shift = 0; shift < 24; shift += 8) {
            int under = (tile >> shift & 0xff) / 2;
            int expected = shift == 0 ? under + 0x80 : under;
            assertThat(blended >> shift & 0xff).isBetween(expected - 2, expected + 2);
        }
    }

    @Test
    void oneLayersChangeDrawsTheOthersAgainAndAHiddenOneStaysUndrawn() throws Exception {
        List<String> order = new ArrayList<>();
        Recording other = new Recording("other", order);
        onFx(() -> {
            stack.setLayers(List.of(layer, other));
            return null;
        });
        pan(10, 0);
        int drawn = layer.draws();

        onFx(() -> {
            other.redraw();
            return null;
        });
        settle();
        assertThat(layer.draws()).isEqualTo(drawn + 1);

        onFx(() -> {
            other.setVisible(false);
            return null;
        });
        settle();
        int otherDrawn = other.draws();
        onFx(() -> {
            layer.redraw();
            return null;
        });
        settle();
        assertThat(layer.draws()).isEqualTo(drawn + 3);
        assertThat(other.draws()).isEqualTo(otherDrawn);
    }

    @Test
    void theTilesStayOnWholePixels() throws Exception {
        onFx(() -> {
            map.setCenter(new MapPoint(21.60123, 105.81377));
            return null;
        });
        settle();
        pan(3.4, -7.7);

        BaseMap base = onFx(() -> (BaseMap) map.getChildrenUnmodifiable().get(0));
        assertThat(base.getTranslateX()).isEqualTo(Math.rint(base.getTranslateX()));
        assertThat(base.getTranslateY()).isEqualTo(Math.rint(base.getTranslateY()));
    }

    @Test
    void onlyWholePixelPansWithinTheMarginCountAsMoves() {
        Viewport before = new Viewport(11, 524288, -1000, -2000, 800, 600);

        assertThat(LayerStack.movedOnly(before, before.panned(12, -30), 256)).isTrue();
        assertThat(LayerStack.movedOnly(before, before.panned(12.5, 0), 256)).isFalse();
        assertThat(LayerStack.movedOnly(before, before.panned(0, 257), 256)).isFalse();
        assertThat(LayerStack.movedOnly(before, before.panned(1, 0), 0)).isFalse();
        assertThat(LayerStack.movedOnly(before, before.zoomedTo(11.1), 256)).isFalse();
        assertThat(LayerStack.movedOnly(before, before.resized(801, 600), 256)).isFalse();
    }

    private void pan(double dx, double dy) throws Exception {
        window.pan(dx, dy);
    }

    private ImageView canvas() throws Exception {
        return onFx(() -> {
            for (Node child : stack.getChildrenUnmodifiable()) {
                if (child instanceof ImageView canvas) {
                    return canvas;
                }
            }
            throw new AssertionError("no canvas");
        });
    }

    /** Lays the map out as frames would, until its (blank: no source is set) tiles have loaded. */
    private void settle() throws Exception {
        window.settle();
    }

    /** Notes its name in a shared list when drawn, and the opacity the context had then. */
    private static final class Recording extends CanvasLayer {
        private final List<String> order;
        private float alpha = Float.NaN;

        Recording(String id, List<String> order) {
            super(id);
            this.order = order;
        }

        @Override
        protected void draw(Graphics2D g, Viewport view) {
            order.add(layerId());
            alpha = ((AlphaComposite) g.getComposite()).getAlpha();
        }
    }

    /** The ARGB of the stack's image at a point of the map's screen. */
    private int shown(double x, double y) throws Exception {
        ImageView image = canvas();
        return onFx(() -> image.getImage().getPixelReader().getArgb((int) (x - image.getTranslateX()), (int)
                (y - image.getTranslateY())));
    }

    /** Fills a 10 pixel square around a point of the screen. */
    private static final class Filling extends CanvasLayer {
        private final java.awt.Color color;
        private final double x;
        private final double y;

        Filling(java.awt.Color color, double x, double y) {
            super("filling");
            this.color = color;
            this.x = x;
            this.y = y;
        }

        @Override
        protected void draw(Graphics2D g, Viewport view) {
            // The view is the canvas's: the screen's origin lies a margin in.
            double inset = (view.width() - WIDTH) / 2;
            double insetY = (view.height() - HEIGHT) / 2;
            g.setColor(color);
            g.fill(new java.awt.geom.Rectangle2D.Double(x + inset - 5, y + insetY - 5, 10, 10));
        }
    }

    /** Draws nothing and remembers the views it was asked to draw. */
    private static final class Counting extends CanvasLayer {
        private final List<Viewport> views = new ArrayList<>();
        private Viewport lastView;

        Counting() {
            super("counting");
        }

        @Override
        protected void draw(Graphics2D g, Viewport view) {
            views.add(view);
            lastView = view;
        }
    }
}
