package org.iocconsole.maps.tiles;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The tile sources of the map, in the order they are asked: the first that has a tile gives it. Gluon Maps finds its
 * tile retriever through a service loader and keeps one for the whole process, so the retriever
 * ({@link TileDispatcher}) reads the sources from here; the console sets them before the first map is shown and when
 * the settings change. When no source has a tile, a plain sea-coloured tile is shown, never nothing. Thread-safe.
 */
public final class MapTiles {
    private static final MapTiles INSTANCE = new MapTiles();

    private volatile List<TileSource> sources = List.of();
    private final List<Consumer<TileProblem>> listeners = new CopyOnWriteArrayList<>();
    private volatile Image blank;

    /** Something went wrong with a source; the tile was taken from the next one. */
    public record TileProblem(String source, TileSourceException.Problem problem, String message) {}

    private MapTiles() {}

    public static MapTiles get() {
        return INSTANCE;
    }

    /** Replaces the sources; the old ones are closed. */
    public void setSources(List<TileSource> next) {
        List<TileSource> old = sources;
        sources = List.copyOf(next);
        for (TileSource source : old) {
            if (!sources.contains(source)) {
                source.close();
            }
        }
    }

    public List<TileSource> sources() {
        return sources;
    }

    /** Tells a listener of problems with sources; called on a tile thread. */
    public void addProblemListener(Consumer<TileProblem> listener) {
        listeners.add(listener);
    }

    public void removeProblemListener(Consumer<TileProblem> listener) {
        listeners.remove(listener);
    }

    /** The tile from the first source that has one; blocking, call off the FX thread. */
    public Image tile(int zoom, long x, long y) {
        for (TileSource source : sources) {
            try {
                Optional<Tile> tile = source.tile(zoom, x, y);
                if (tile.isPresent()) {
                    return image(tile.get(), source, zoom, x, y);
                }
            } catch (TileSourceException e) {
                TileProblem problem = new TileProblem(source.name(), e.problem(), e.getMessage());
                listeners.forEach(listener -> listener.accept(problem));
            } catch (RuntimeException e) {
                TileProblem problem =
                        new TileProblem(source.name(), TileSourceException.Problem.READ_FAILED, e.toString());
                listeners.forEach(listener -> listener.accept(problem));
            }
        }
        Image shown = blank;
        if (shown == null) {
            shown = blankTile();
            blank = shown;
        }
        return shown;
    }

    private static Image image(Tile tile, TileSource source, int zoom, long x, long y) throws TileSourceException {
        if (tile instanceof Tile.Pixels pixels) {
            WritableImage image = new WritableImage(Tile.SIZE, Tile.SIZE);
            image.getPixelWriter()
                    .setPixels(
                            0, 0, Tile.SIZE, Tile.SIZE, PixelFormat.getIntArgbInstance(), pixels.argb(), 0, Tile.SIZE);
            return image;
        }
        Image image = new Image(new ByteArrayInputStream(((Tile.Encoded) tile).bytes()));
        if (image.isError() || image.getWidth() <= 0) {
            throw new TileSourceException(
                    TileSourceException.Problem.BAD_TILE,
                    "tile " + zoom + "/" + x + "/" + y + " of " + source.name() + " is not an image");
        }
        return image;
    }

    private static Image blankTile() {
        WritableImage image = new WritableImage(256, 256);
        int[] pixels = new int[256 * 256];
        Arrays.fill(pixels, GeneratedBasemap.SEA);
        image.getPixelWriter().setPixels(0, 0, 256, 256, PixelFormat.getIntArgbInstance(), pixels, 0, 256);
        return image;
    }
}
