package org.iocconsole.maps.tiles;

/**
 * A tile source that cannot serve: the file is missing, is not MBTiles, holds vector tiles, or a tile cannot be
 * decoded. {@link #problem()} lets the console say it in the user's language; the map keeps drawing from the other
 * sources.
 */
public final class TileSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** No such file. */
        NOT_FOUND,
        /** The file is not an SQLite database. */
        NOT_SQLITE,
        /** An SQLite database without the MBTiles tables. */
        NOT_MBTILES,
        /** MBTiles of a format that is not a raster image (vector tiles). */
        UNSUPPORTED_FORMAT,
        /** A stored tile that is not a readable image. */
        BAD_TILE,
        /** Reading failed (I/O, database). */
        READ_FAILED
    }

    private final Problem problem;

    public TileSourceException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public TileSourceException(Problem problem, String message) {
        this(problem, message, null);
    }

    public Problem problem() {
        return problem;
    }
}
