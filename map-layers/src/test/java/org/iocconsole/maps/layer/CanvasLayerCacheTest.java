package org.iocconsole.maps.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.maps.FxThread.onFx;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.iocconsole.maps.FxThread;
import org.iocconsole.maps.geo.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A layer on a real map view keeps its drawing while the map pans by whole pixels within the margin, and draws again
 * when the zoom, the data or a long pan asks for it; the tiles stay on whole pixels.
 */
class CanvasLayerCacheTest {
    private static final double WIDTH = 800;
    private static final double HEIGHT = 600;

    private MapView map;
    private Counting layer;
    private Stage stage;

    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @BeforeEach
    void showMap() throws Exception {
        onFx(() -> {
            map = new MapView();
            PixelSnap.install(map);
            layer = new Counting();
            map.addLayer(layer);
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(map), WIDTH, HEIGHT));
            stage.show();
            map.setZoom(11);
            map.setCenter(new MapPoint(21.5927, 105.8442));
            return null;
        });
        settle();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void aPanReusesTheDrawingOnceTheMarginIsDrawn() throws Exception {
        int afterZoom = layer.draws();
        assertThat(afterZoom).isPositive();
        // Drawn while the zoom changed: no margin yet, so the first pan draws once more, with the margin.
        assertThat(layer.lastView.width()).isEqualTo(WIDTH);
        pan(30, 20);
        assertThat(layer.draws()).isEqualTo(afterZoom + 1);
        assertThat(layer.lastView.width()).isEqualTo(WIDTH + 2 * CanvasLayer.MARGIN);
        Viewport drawnFor = layer.viewport();

        pan(-40, 25);
        pan(12, -7);

        assertThat(layer.draws()).isEqualTo(afterZoom + 1);
        // The canvas moved with the map by whole pixels; picking uses the current view.
        Viewport now = layer.viewport();
        assertThat(now.offsetX() - drawnFor.offsetX()).isEqualTo(28);
        assertThat(now.offsetY() - drawnFor.offsetY()).isEqualTo(-18);
        assertThat(canvas().getTranslateX()).isEqualTo(28 - CanvasLayer.MARGIN);
        assertThat(canvas().getTranslateY()).isEqualTo(-18 - CanvasLayer.MARGIN);
    }

    @Test
    void aPanPastTheMarginDrawsAgain() throws Exception {
        pan(10, 0);
        int drawn = layer.draws();

        pan(CanvasLayer.MARGIN + 50, 0);

        assertThat(layer.draws()).isEqualTo(drawn + 1);
        assertThat(canvas().getTranslateX()).isEqualTo(-CanvasLayer.MARGIN);
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
        assertThat(canvas().getWidth()).isZero();

        onFx(() -> {
            layer.setVisible(true);
            return null;
        });
        settle();

        assertThat(layer.draws()).isEqualTo(drawn + 1);
        assertThat(layer.lastView.offsetX() - CanvasLayer.MARGIN)
                .isEqualTo(layer.viewport().offsetX());
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

        assertThat(CanvasLayer.movedOnly(before, before.panned(12, -30), 256)).isTrue();
        assertThat(CanvasLayer.movedOnly(before, before.panned(12.5, 0), 256)).isFalse();
        assertThat(CanvasLayer.movedOnly(before, before.panned(0, 257), 256)).isFalse();
        assertThat(CanvasLayer.movedOnly(before, before.panned(1, 0), 0)).isFalse();
        assertThat(CanvasLayer.movedOnly(before, before.zoomedTo(11.1), 256)).isFalse();
        assertThat(CanvasLayer.movedOnly(before, before.resized(801, 600), 256)).isFalse();
    }

    /** Moves the map's centre by some pixels, as a drag does. */
    private void pan(double dx, double dy) throws Exception {
        onFx(() -> {
            map.setCenter(map.getMapPosition(WIDTH / 2 + dx, HEIGHT / 2 + dy));
            return null;
        });
        settle();
    }

    private Canvas canvas() throws Exception {
        return onFx(() -> {
            for (Node child : layer.getChildrenUnmodifiable()) {
                if (child instanceof Canvas canvas) {
                    return canvas;
                }
            }
            throw new AssertionError("no canvas");
        });
    }

    /** Runs the layout passes a pulse would run, twice, as the map's centre is computed in the first. */
    private void settle() throws Exception {
        onFx(() -> {
            for (int i = 0; i < 2; i++) {
                map.getScene().getRoot().applyCss();
                map.getScene().getRoot().layout();
            }
            return null;
        });
    }

    /** Draws nothing and remembers the views it was asked to draw. */
    private static final class Counting extends CanvasLayer {
        private final List<Viewport> views = new ArrayList<>();
        private Viewport lastView;

        Counting() {
            super("counting");
        }

        @Override
        protected void draw(GraphicsContext gc, Viewport view) {
            views.add(view);
            lastView = view;
        }
    }
}
