package org.iocconsole.maps.layer;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The image a {@link LayerStack} draws its layers on, with Java 2D on the FX thread, and the node that shows it. On
 * the software pipeline a canvas is filled and stroked on the render thread, which also paints the tiles, so a frame
 * cost both in turn; the layers drawn here on the FX thread overlap with the render thread's painting of the frame
 * before, and it only copies an image. Sized in pixels of the map, held at the screen's pixel scale so that the
 * layers stay sharp on a high-density screen. FX thread only.
 */
final class LayerRaster {
    private final ImageView node = new ImageView();
    private BufferedImage image;
    private int[] pixels;
    /** The image's own pixels, shown without a copy: JavaFX reads them when it paints a frame. */
    private PixelBuffer<IntBuffer> shown;

    private double pixelScale = 1;

    LayerRaster() {
        node.setMouseTransparent(true);
        // Shown pixel for pixel: nothing to filter.
        node.setSmooth(false);
    }

    /** The image's size in pixels; zero when there is none. */
    int pixelWidth() {
        return image == null ? 0 : image.getWidth();
    }

    int pixelHeight() {
        return image == null ? 0 : image.getHeight();
    }

    ImageView node() {
        return node;
    }

    /** Sizes the image to {@code width × height} pixels of the map at a pixel scale; an empty size frees it. */
    void resize(double width, double height, double scale) {
        int w = (int) Math.ceil(width * scale);
        int h = (int) Math.ceil(height * scale);
        if (w <= 0 || h <= 0) {
            image = null;
            pixels = null;
            shown = null;
            node.setImage(null);
            return;
        }
        if (image != null && image.getWidth() == w && image.getHeight() == h && scale == pixelScale) {
            return;
        }
        image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        shown = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        pixelScale = scale;
        node.setImage(new WritableImage(shown));
        node.setFitWidth(w / scale);
        node.setFitHeight(h / scale);
    }

    /**
     * Clears a rectangle (in pixels of the map) and lets {@code drawing} draw in it, its origin at the rectangle's
     * corner, in pixels of the map; the rectangle then shows what was drawn.
     */
    void draw(double x, double y, double width, double height, Consumer<Graphics2D> drawing) {
        draw(x, y, width, height, null, drawing);
    }

    /**
     * As {@link #draw(double, double, double, double, Consumer)}, over what {@code underlay} puts into all the image's
     * pixels (ARGB, premultiplied, row by row) instead of clearing them; null to clear.
     */
    void draw(double x, double y, double width, double height, Consumer<int[]> underlay, Consumer<Graphics2D> drawing) {
        int w = image.getWidth();
        int h = image.getHeight();
        int left = clamp(Math.floor(x * pixelScale), w);
        int top = clamp(Math.floor(y * pixelScale), h);
        int right = clamp(Math.ceil((x + width) * pixelScale), w);
        int bottom = clamp(Math.ceil((y + height) * pixelScale), h);
        if (right <= left || bottom <= top) {
            return;
        }
        shown.updateBuffer(buffer -> {
            if (underlay != null) {
                underlay.accept(pixels);
            } else {
                for (int row = top; row < bottom; row++) {
                    Arrays.fill(pixels, row * w + left, row * w + right, 0);
                }
            }
            Graphics2D g = image.createGraphics();
            try {
                Java2d.smooth(g);
                g.clipRect(left, top, right - left, bottom - top);
                g.scale(pixelScale, pixelScale);
                g.translate(x, y);
                drawing.accept(g);
            } finally {
                g.dispose();
            }
            return new Rectangle2D(left, top, right - left, bottom - top);
        });
    }

    private static int clamp(double value, int max) {
        return (int) Math.max(0, Math.min(max, value));
    }
}
