package org.iocconsole.maps.tiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.iocconsole.maps.tiles.TileSourceException.Problem;
import org.sqlite.SQLiteConfig;

/**
 * Raster tiles (PNG or JPEG) from an MBTiles 1.3 file, opened read-only. MBTiles numbers rows from the bottom (TMS), so
 * the XYZ row is flipped. {@link #open} checks the file first and says plainly what is wrong with one that is not
 * MBTiles. Thread-safe: one connection, used by one thread at a time.
 */
public final class MbTilesSource implements TileSource {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final PreparedStatement query;
    private final Map<String, String> metadata;

    private MbTilesSource(Path file, Connection connection, Map<String, String> metadata) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.metadata = Map.copyOf(metadata);
        this.query = connection.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    }

    /** Opens and checks an MBTiles file. */
    public static MbTilesSource open(Path file) throws TileSourceException {
        if (!Files.isRegularFile(file)) {
            throw new TileSourceException(Problem.NOT_FOUND, "no such file: " + file);
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new TileSourceException(Problem.NOT_SQLITE, file.getFileName() + " is not an MBTiles file");
            }
        } catch (IOException e) {
            throw new TileSourceException(Problem.READ_FAILED, "cannot read " + file + ": " + e.getMessage(), e);
        }
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true); // never create or change the file
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            Map<String, String> metadata = metadata(connection, file);
            String format = metadata.getOrDefault("format", "png").toLowerCase(Locale.ROOT);
            if (!format.equals("png") && !format.equals("jpg") && !format.equals("jpeg") && !format.equals("webp")) {
                throw new TileSourceException(
                        Problem.UNSUPPORTED_FORMAT,
                        file.getFileName() + " holds " + format + " tiles; only raster PNG or JPEG tiles can be shown");
            }
            return new MbTilesSource(file, connection, metadata);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new TileSourceException(Problem.NOT_SQLITE, file.getFileName() + " is not an MBTiles file", e);
        } catch (TileSourceException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Map<String, String> metadata(Connection connection, Path file)
            throws SQLException, TileSourceException {
        boolean tiles = false;
        boolean metadata = false;
        try (ResultSet rs = connection
                .createStatement()
                .executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) {
            while (rs.next()) {
                tiles |= "tiles".equals(rs.getString(1));
                metadata |= "metadata".equals(rs.getString(1));
            }
        }
        if (!tiles) {
            throw new TileSourceException(
                    Problem.NOT_MBTILES, file.getFileName() + " is an SQLite database without MBTiles tiles");
        }
        Map<String, String> values = new HashMap<>();
        if (metadata) {
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT name, value FROM metadata")) {
                while (rs.next()) {
                    if (rs.getString(1) != null && rs.getString(2) != null) {
                        values.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return values;
    }

    @Override
    public synchronized Optional<Tile> tile(int zoom, long x, long y) throws TileSourceException {
        long tmsRow = (1L << zoom) - 1 - y;
        try {
            query.setInt(1, zoom);
            query.setLong(2, x);
            query.setLong(3, tmsRow);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] data = rs.getBytes(1);
                if (data == null || data.length == 0) {
                    throw new TileSourceException(
                            Problem.BAD_TILE, "tile " + zoom + "/" + x + "/" + y + " of " + name() + " is empty");
                }
                return Optional.of(new Tile.Encoded(data));
            }
        } catch (SQLException e) {
            throw new TileSourceException(Problem.READ_FAILED, "cannot read " + name() + ": " + e.getMessage(), e);
        }
    }

    /** The file's metadata table (name, format, bounds, minzoom, maxzoom, attribution…). */
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public String attribution() {
        return metadata.getOrDefault("attribution", "");
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a read-only connection loses nothing
            }
        }
    }
}
