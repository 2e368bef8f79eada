package org.iocconsole.maps.tiles;

/**
 * A tile as a source gives it: encoded bytes (PNG or JPEG, from a file or a server) or pixels already drawn. The map
 * turns it into an image on a tile thread. Immutable by convention: sources hand over arrays they no longer touch.
 */
public sealed interface Tile {
    /** Pixels on a tile's side. */
    int SIZE = 256;

    /** PNG or JPEG bytes. */
    record Encoded(byte[] bytes) implements Tile {}

    /** {@code SIZE × SIZE} ARGB pixels, row by row. */
    record Pixels(int[] argb) implements Tile {}
}
