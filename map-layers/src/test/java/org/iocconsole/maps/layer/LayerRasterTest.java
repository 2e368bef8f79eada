package org.iocconsole.maps.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.maps.FxThread.onFx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import javafx.scene.image.Image;
import org.iocconsole.maps.FxThread;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stack's image: sized in pixels of the map at the screen's pixel scale, a drawing cleared and shown rectangle by
 * rectangle.
 */
class LayerRasterTest {
    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @Test
    void onAHighDensityScreenTheImageHoldsTwiceThePixelsAndShowsAtTheMapsSize() throws Exception {
        LayerRaster raster = new LayerRaster();
        Image shown = onFx(() -> {
            raster.resize(100, 50, 2);
            raster.draw(0, 0, 100, 50, g -> {
                g.setColor(Color.RED);
                g.fill(new Rectangle2D.Double(10, 10, 10, 10));
            });
            return raster.node().getImage();
        });

        assertThat(shown.getWidth()).isEqualTo(200);
        assertThat(shown.getHeight()).isEqualTo(100);
        assertThat(raster.node().getFitWidth()).isEqualTo(100);
        assertThat(raster.node().getFitHeight()).isEqualTo(50);
        // A square of 10 pixels of the map covers 20 of the screen's, from (20, 20) to (40, 40).
        assertThat(shown.getPixelReader().getArgb(21, 21)).isEqualTo(0xffff0000);
        assertThat(shown.getPixelReader().getArgb(39, 39)).isEqualTo(0xffff0000);
        assertThat(shown.getPixelReader().getArgb(41, 30)).isZero();
        assertThat(shown.getPixelReader().getArgb(19, 30)).isZero();
    }

    @Test
    void aNewDrawingClearsAndShowsOnlyItsRectangle() throws Exception {
        LayerRaster raster = new LayerRaster();
        Image shown = onFx(() -> {
            raster.resize(100, 100, 1);
            fill(raster, 0, 0, 100, 100, Color.BLUE);
            // Drawn within (20, 20, 60, 60): the old drawing around it stays, and within it only the new one shows.
            raster.draw(20, 20, 60, 60, g -> {
                g.setColor(Color.GREEN);
                g.fill(new Rectangle2D.Double(0, 0, 10, 10));
                g.fill(new Rectangle2D.Double(-20, -20, 10, 10));
            });
            return raster.node().getImage();
        });

        assertThat(shown.getPixelReader().getArgb(25, 25)).isEqualTo(0xff00ff00);
        assertThat(shown.getPixelReader().getArgb(50, 50)).isZero();
        assertThat(shown.getPixelReader().getArgb(5, 5))
                .as("outside the rectangle")
                .isEqualTo(0xff0000ff);
    }

    @Test
    void anEmptySizeShowsNothing() throws Exception {
        LayerRaster raster = new LayerRaster();
        onFx(() -> {
            raster.resize(100, 100, 1);
            raster.resize(0, 100, 1);
            return null;
        });

        assertThat(raster.node().getImage()).isNull();
    }

    private static void fill(LayerRaster raster, double x, double y, double w, double h, Color color) {
        raster.draw(x, y, w, h, g -> {
            g.setColor(color);
            g.fill(new Rectangle2D.Double(0, 0, w, h));
        });
    }
}
