package org.iocconsole.maps.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.maps.FxThread.onFx;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapView;
import java.awt.Graphics2D;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.iocconsole.maps.FxThread;
import org.iocconsole.maps.geo.Viewport;
import org.iocconsole.maps.tiles.MapTiles;
import org.iocconsole.maps.tiles.Tile;
import org.iocconsole.maps.tiles.TileSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tiles copied under the layers' drawing on a real map (software pipeline): the map looks the same to the pixel
 * with the basemap hidden under its copy, the layers still draw over it, and the basemap shows again wherever the copy
 * cannot stand for it.
 */
class BasemapCoverTest {
    private static final double WIDTH = 800;
    private static final double HEIGHT = 600;

    private MapView map;
    private LayerStack stack;
    private ShownMap window;

    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
        MapTiles.get().setSources(List.of());
    }

    @Test
    void aPanShowsTheSameMapWithTheTilesHiddenUnderACopyOfThem() throws Exception {
        show(0xff, new Marker());
        pan(30, 20);
        assertThat(baseMapShown()).isFalse();
        int[] covered = screen();

        onFx(() -> {
            stack.setVisible(false);
            return null;
        });
        settle();
        assertThat(baseMapShown()).isTrue();
        int[] tiles = screen();

        assertThat(Arrays.stream(tiles).distinct().count()).isGreaterThan(100);
        assertThat(covered).isEqualTo(tiles);
    }

    @Test
    void theLayersDrawOverTheCopyAndMoveWithTheMap() throws Exception {
        Marker marker = new Marker();
        show(0xff, marker);
        pan(30, 20);
        onFx(() -> {
            marker.atCentre();
            return null;
        });
        settle();
        pan(-5, 4);

        assertThat(baseMapShown()).isFalse();
        int[] pixels = screen();
        // The marker, drawn at the centre before the last pan, moved with the map.
        int centre = (int) (HEIGHT / 2 - 4) * (int) WIDTH + (int) (WIDTH / 2 + 5);
        assertThat(pixels[centre]).isEqualTo(0xffff0000);
        assertThat(pixels[10 * (int) WIDTH + 10]).isNotEqualTo(0xffff0000);
    }

    @Test
    void translucentTilesStayShownUnderTheDrawing() throws Exception {
        show(0x80, new Marker());
        pan(30, 20);

        assertThat(baseMapShown()).isTrue();
    }

    @Test
    void aZoomOrAStackTakenOffTheMapShowsTheBasemapAgain() throws Exception {
        show(0xff, new Marker());
        pan(30, 20);
        assertThat(baseMapShown()).isFalse();

        onFx(() -> {
            map.setZoom(11.5);
            return null;
        });
        settle();
        assertThat(baseMapShown()).isTrue();

        pan(10, 0);
        pan(10, 0);
        onFx(() -> {
            map.removeLayer(stack);
            return null;
        });
        assertThat(baseMapShown()).isTrue();
    }

    private void show(int alpha, Marker marker) throws Exception {
        MapTiles.get().setSources(List.of(new Pattern(alpha)));
        stack = onFx(() -> {
            LayerStack layers = new LayerStack();
            layers.setLayers(List.of(marker));
            return layers;
        });
        window = ShownMap.show(stack, WIDTH, HEIGHT);
        map = window.map();
    }

    private void pan(double dx, double dy) throws Exception {
        window.pan(dx, dy);
    }

    private void settle() throws Exception {
        window.settle();
    }

    private boolean baseMapShown() throws Exception {
        return onFx(() -> map.getChildrenUnmodifiable().stream()
                .filter(BaseMap.class::isInstance)
                .findFirst()
                .orElseThrow()
                .isVisible());
    }

    private int[] screen() throws Exception {
        return onFx(() -> {
            WritableImage image = map.getScene().snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] pixels = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
            return pixels;
        });
    }

    /** Tiles whose every pixel differs from its neighbours', so that a copy one pixel off shows. */
    private record Pattern(int alpha) implements TileSource {
        @Override
        public Optional<Tile> tile(int zoom, long x, long y) {
            int[] argb = new int[Tile.SIZE * Tile.SIZE];
            for (int row = 0; row < Tile.SIZE; row++) {
                for (int column = 0; column < Tile.SIZE; column++) {
                    int red = (int) ((x * 37 + column * 3) & 0xff);
                    int green = (int) ((y * 53 + row * 5) & 0xff);
                    argb[row * Tile.SIZE + column] = alpha << 24 | red << 16 | green << 8 | (zoom * 20 & 0xff);
                }
            }
            return Optional.of(new Tile.Pixels(argb));
        }

        @Override
        public String name() {
            return "pattern";
        }

        @Override
        public String attribution() {
            return "";
        }
    }

    /** Draws a red square around a place once told where, or nothing. */
    private static final class Marker extends CanvasLayer {
        private double worldX = Double.NaN;
        private double worldY;

        Marker() {
            super("marker");
        }

        /** Marks the place now at the centre of the screen. */
        void atCentre() {
            worldX = viewport().worldX(WIDTH / 2);
            worldY = viewport().worldY(HEIGHT / 2);
            markDirty();
        }

        @Override
        protected void draw(Graphics2D g, Viewport view) {
            if (!Double.isNaN(worldX)) {
                g.setColor(java.awt.Color.RED);
                g.fillRect((int) view.screenX(worldX) - 10, (int) view.screenY(worldY) - 10, 20, 20);
            }
        }
    }
}
