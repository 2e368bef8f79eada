package org.iocconsole.maps.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.iocconsole.maps.tiles.TileSourceException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MbTilesSourceTest {
    @TempDir
    Path dir;

    /** An MBTiles 1.3 file with one red tile at XYZ 10/812/451, stored under its TMS row. */
    private Path buildFile(String format) throws Exception {
        Path file = dir.resolve("test.mbtiles");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            s.execute("INSERT INTO metadata VALUES ('name', 'test'), ('format', '" + format + "'), "
                    + "('attribution', '© test data')");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO tiles VALUES (10, 812, ?, ?)")) {
                insert.setLong(1, (1 << 10) - 1 - 451);
                insert.setBytes(2, png(Color.RED));
                insert.executeUpdate();
            }
        }
        return file;
    }

    private static byte[] png(Color color) throws Exception {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void readsTilesByXyzRowsFromTmsStorage() throws Exception {
        try (MbTilesSource source = MbTilesSource.open(buildFile("png"))) {
            Optional<Tile> tile = source.tile(10, 812, 451);
            assertThat(tile).isPresent();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(((Tile.Encoded) tile.get()).bytes()));
            assertThat(image.getRGB(128, 128)).isEqualTo(Color.RED.getRGB());
            // The TMS row number itself, read as XYZ, is another tile: absent.
            assertThat(source.tile(10, 812, (1 << 10) - 1 - 451)).isEmpty();
            assertThat(source.attribution()).isEqualTo("© test data");
            assertThat(source.metadata()).containsEntry("name", "test");
        }
    }

    @Test
    void aMissingTileIsAbsentNotAnError() throws Exception {
        try (MbTilesSource source = MbTilesSource.open(buildFile("png"))) {
            assertThat(source.tile(3, 1, 1)).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotSqliteIsNamedAsNotMbtiles() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mbtiles"), "these are not tiles");
        assertThatThrownBy(() -> MbTilesSource.open(text)).isInstanceOfSatisfying(TileSourceException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.NOT_SQLITE);
            assertThat(e.getMessage()).contains("notes.mbtiles is not an MBTiles file");
        });
        assertThat(Files.readString(text)).isEqualTo("these are not tiles");
    }

    @Test
    void anSqliteDatabaseWithoutTilesIsRefused() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE people (name TEXT)");
        }
        assertThatThrownBy(() -> MbTilesSource.open(other))
                .isInstanceOfSatisfying(
                        TileSourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_MBTILES));
    }

    @Test
    void vectorTilesAndMissingFilesAreRefused() throws Exception {
        Path vector = buildFile("pbf");
        assertThatThrownBy(() -> MbTilesSource.open(vector))
                .isInstanceOfSatisfying(
                        TileSourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_FORMAT));
        assertThatThrownBy(() -> MbTilesSource.open(dir.resolve("absent.mbtiles")))
                .isInstanceOfSatisfying(
                        TileSourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
        assertThat(dir.resolve("absent.mbtiles")).doesNotExist();
    }
}
