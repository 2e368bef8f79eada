package org.iocconsole.maps.tiles;

import java.util.Optional;

/**
 * Where map tiles come from: an MBTiles file, the basemap generated from boundaries, an online XYZ server. Tiles are
 * addressed as in XYZ (OSM): row 0 at the top. Implementations are thread-safe and called off the FX thread; they need no JavaFX
 * toolkit.
 */
public interface TileSource extends AutoCloseable {

    /** The tile, or empty when this source has none there (the next source is asked). */
    Optional<Tile> tile(int zoom, long x, long y) throws TileSourceException;

    /** A short name for messages ("thai-nguyen.mbtiles", "generated basemap"). */
    String name();

    /** What the map must show for this source's data; may be empty. */
    String attribution();

    @Override
    default void close() {}
}
