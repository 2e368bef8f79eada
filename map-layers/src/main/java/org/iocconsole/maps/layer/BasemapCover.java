package org.iocconsole.maps.layer;

import java.util.Arrays;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The basemap's tiles copied under the layers' drawing, so that while the map pans the software pipeline paints one
 * opaque image instead of the tiles and then the layers' image over them. That pipeline pays for every pixel of an
 * image it paints, transparent or not: the layers' image cost a pan about as much as the tiles under it.
 *
 * <p>A copy is taken only when no tile is loading, and only its opaque part around the screen is kept. While the
 * screen lies within that part the basemap is hidden; past it the basemap shows under the drawing, whose copied pixels
 * match the tiles beneath them, until the tiles have changed and a new copy is worth taking. A GPU pipeline blends
 * images for free, so there the layers' image stays transparent. FX thread only.
 */
final class BasemapCover {
    private static final long LOADING = Long.MIN_VALUE;

    private final boolean enabled = !Platform.isSupported(ConditionalFeature.SCENE3D);
    private final SnapshotParameters parameters = new SnapshotParameters();
    private WritableImage shot;
    private int[] pixels = new int[0];
    /** The copy before, kept for what the basemap no longer shows. */
    private int[] earlier = new int[0];
    /** Where the last copy lies; null when there is none. */
    private Place copied;

    private Node baseMap;
    /** Whether a copy may cover the screen once the tiles change: see {@link #tilesChanged}. */
    private boolean coverable;
    /** Which tiles the last copy was taken of: see {@link #tiles}. */
    private long taken = LOADING;
    /** The opaque part of the last copy, in its pixels; empty when there is none. */
    private int left;

    private int top;
    private int right;
    private int bottom;

    BasemapCover() {
        parameters.setFill(Color.TRANSPARENT);
    }

    /**
     * Copies the basemap's tiles under a drawing that covers {@code area} of the map, one pixel each, and lies at
     * {@code place} of the world, keeping only the opaque part around {@code screen} (in pixels of the drawing).
     * Returns whether that part covers the screen; if not, no copy is shown. Nothing is copied while a tile loads, or
     * at a pixel scale other than 1 (a high-density screen keeps the tiles shown).
     */
    boolean take(Node map, Rectangle2D area, Rectangle2D screen, double scale, Place place) {
        forget();
        Place before = copied;
        copied = null;
        if (map != baseMap) {
            before = null;
        }
        baseMap = map;
        taken = tiles(map);
        coverable = enabled && scale == 1;
        if (!coverable || taken == LOADING) {
            return false;
        }
        int width = (int) area.getWidth();
        int height = (int) area.getHeight();
        if (shot == null || shot.getWidth() != width || shot.getHeight() != height) {
            shot = new WritableImage(width, height);
            pixels = new int[width * height];
            earlier = new int[width * height];
            before = null;
        }
        int[] last = pixels;
        pixels = earlier;
        earlier = last;
        parameters.setViewport(area);
        map.snapshot(parameters, shot);
        shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        if (before != null && before.zoom() == place.zoom()) {
            fillFromEarlier(
                    width, height, (int) Math.rint(place.x() - before.x()), (int) Math.rint(place.y() - before.y()));
        }
        copied = place;
        return keepOpaqueAround(width, height, screen);
    }

    /** Puts the copy's pixels (ARGB, premultiplied, row by row) into a drawing of the same size. */
    void copyTo(int[] drawing) {
        System.arraycopy(pixels, 0, drawing, 0, drawing.length);
    }

    /**
     * Hides the basemap while the screen, at {@code screen} in pixels of the drawing, lies within the copy, and shows
     * it otherwise; returns whether it is hidden.
     */
    boolean show(Rectangle2D screen) {
        boolean covered = right > left
                && screen.getMinX() >= left
                && screen.getMinY() >= top
                && screen.getMaxX() <= right
                && screen.getMaxY() <= bottom;
        if (baseMap != null) {
            baseMap.setVisible(!covered);
        }
        return covered;
    }

    /**
     * Whether the basemap now shows other tiles than the copy, all loaded, and a new copy may cover the screen: tiles
     * came since, or the last copy covered part of it.
     */
    boolean tilesChanged() {
        if (!coverable || baseMap == null) {
            return false;
        }
        long now = tiles(baseMap);
        return now != LOADING && now != taken;
    }

    /** Drops the copy and shows the basemap. */
    void forget() {
        left = top = right = bottom = 0;
        if (baseMap != null) {
            baseMap.setVisible(true);
        }
    }

    /**
     * Where a copy lies: the zoom and the world pixel at its corner. Gluon loads only the tiles on screen and drops
     * them once off it, so a copy keeps the tiles of the one before that this one lacks: a pan back and forth stays
     * covered.
     */
    record Place(double zoom, double x, double y) {}

    /** Fills the pixels the basemap no longer shows from the copy before, {@code (dx, dy)} pixels up and left. */
    private void fillFromEarlier(int width, int height, int dx, int dy) {
        for (int row = 0; row < height; row++) {
            int from = row + dy;
            if (from < 0 || from >= height) {
                continue;
            }
            for (int column = Math.max(0, -dx); column < Math.min(width, width - dx); column++) {
                int i = row * width + column;
                if (pixels[i] >>> 24 != 0xff) {
                    int old = earlier[from * width + column + dx];
                    if (old >>> 24 == 0xff) {
                        pixels[i] = old;
                    }
                }
            }
        }
    }

    private boolean keepOpaqueAround(int width, int height, Rectangle2D screen) {
        left = (int) screen.getMinX();
        top = (int) screen.getMinY();
        right = (int) screen.getMaxX();
        bottom = (int) screen.getMaxY();
        if (!all(true, width, left, top, right, bottom)) {
            // Tiles that cover none of the screen (translucent or blank ones) are not worth copying again.
            coverable = !all(false, width, left, top, right, bottom);
            left = top = right = bottom = 0;
            return false;
        }
        // Grown side by side while a whole edge is opaque: a rectangle, so that a pan checks it in four comparisons.
        while (left > 0 && all(true, width, left - 1, top, left, bottom)) {
            left--;
        }
        while (right < width && all(true, width, right, top, right + 1, bottom)) {
            right++;
        }
        while (top > 0 && all(true, width, left, top - 1, right, top)) {
            top--;
        }
        while (bottom < height && all(true, width, left, bottom, right, bottom + 1)) {
            bottom++;
        }
        for (int row = 0; row < height; row++) {
            int start = row * width;
            if (row < top || row >= bottom) {
                Arrays.fill(pixels, start, start + width, 0);
            } else {
                Arrays.fill(pixels, start, start + left, 0);
                Arrays.fill(pixels, start + right, start + width, 0);
            }
        }
        return true;
    }

    /** Whether every pixel of a rectangle of the copy is opaque, or with {@code opaque} false, none is. */
    private boolean all(boolean opaque, int width, int fromX, int fromY, int toX, int toY) {
        for (int row = fromY; row < toY; row++) {
            int start = row * width;
            for (int i = start + fromX; i < start + toX; i++) {
                if ((pixels[i] >>> 24 == 0xff) != opaque) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The tile images under a node, as a hash of their identities; {@link #LOADING} while one loads. The basemap's own
     * visibility is this class's to set, so only its children's count.
     */
    private static long tiles(Node map) {
        long hash = 0;
        if (map instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                long part = shown(child);
                if (part == LOADING) {
                    return LOADING;
                }
                hash = hash * 31 + part;
            }
        }
        return hash;
    }

    private static long shown(Node node) {
        if (!node.isVisible()) {
            return 0;
        }
        if (node instanceof ImageView view) {
            // A tile's image view waits without an image until its tile has been read.
            Image image = view.getImage();
            return image == null || image.getProgress() < 1 ? LOADING : System.identityHashCode(image);
        }
        return tiles(node);
    }
}
