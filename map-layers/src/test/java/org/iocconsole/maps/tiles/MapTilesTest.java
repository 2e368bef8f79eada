package org.iocconsole.maps.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.iocconsole.maps.FxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken tile packages: a tile that is not an image and an MBTiles file cut short each give a problem naming the file,
 * and the map still gets its tile from the next source.
 */
class MapTilesTest {
    private static final int GREEN = 0xff2f9e44;

    @TempDir
    Path dir;

    private final List<MapTiles.TileProblem> problems = new CopyOnWriteArrayList<>();
    private final Consumer<MapTiles.TileProblem> listener = problems::add;

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    @AfterEach
    void reset() {
        MapTiles.get().removeProblemListener(listener);
        MapTiles.get().setSources(List.of());
    }

    /** A source that always has a plain green tile, standing for the generated basemap. */
    private static final class Green implements TileSource {
        @Override
        public Optional<Tile> tile(int zoom, long x, long y) {
            int[] argb = new int[Tile.SIZE * Tile.SIZE];
            Arrays.fill(argb, GREEN);
            return Optional.of(new Tile.Pixels(argb));
        }

        @Override
        public String name() {
            return "generated";
        }

        @Override
        public String attribution() {
            return "";
        }
    }

    /** An MBTiles file whose tiles at zoom 12 hold {@code bytes(row)}; rows 0 … count-1 of column 0. */
    private Path mbtiles(String name, int count, java.util.function.IntFunction<byte[]> bytes) throws Exception {
        Path file = dir.resolve(name);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            s.execute("INSERT INTO metadata VALUES ('format', 'png')");
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO tiles VALUES (12, 0, ?, ?)")) {
                for (int row = 0; row < count; row++) {
                    insert.setInt(1, row);
                    insert.setBytes(2, bytes.apply(row));
                    insert.executeUpdate();
                }
            }
            db.commit();
        }
        return file;
    }

    private Image tileThroughTheMap(List<TileSource> sources, int zoom, long x, long y) {
        MapTiles.get().addProblemListener(listener);
        MapTiles.get().setSources(sources);
        return MapTiles.get().tile(zoom, x, y);
    }

    @Test
    void aTileThatIsNotAnImageIsReportedAndTheNextSourceAnswers() throws Exception {
        Path file = mbtiles(
                "garbled.mbtiles", 1, row -> "not a png at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // TMS row 0 at zoom 12 is XYZ row 4095.
        Image image = tileThroughTheMap(List.of(MbTilesSource.open(file), new Green()), 12, 0, 4095);

        assertThat(image.getPixelReader().getArgb(128, 128)).isEqualTo(GREEN);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("garbled.mbtiles");
            assertThat(problem.problem()).isEqualTo(TileSourceException.Problem.BAD_TILE);
            assertThat(problem.message()).contains("12/0/4095").contains("not an image");
        });
    }

    @Test
    void aFileCutShortIsRefusedOrReportedAndTheMapKeepsItsTiles() throws Exception {
        Random random = new Random(7);
        Path file = mbtiles("cut.mbtiles", 400, row -> {
            byte[] noise = new byte[4000];
            random.nextBytes(noise);
            return noise;
        });
        try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(cut.length() / 2);
        }
        TileSource mbtiles;
        try {
            mbtiles = MbTilesSource.open(file);
        } catch (TileSourceException refused) {
            // Refused when opened: the message names the file.
            assertThat(refused.getMessage()).contains("cut.mbtiles");
            return;
        }
        // Opened (its first pages are whole): the tiles in the lost half cannot be read.
        Image image = tileThroughTheMap(List.of(mbtiles, new Green()), 12, 0, 4095 - 399);

        assertThat(image.getPixelReader().getArgb(10, 10)).isEqualTo(GREEN);
        assertThat(problems).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.source()).isEqualTo("cut.mbtiles");
            assertThat(problem.problem())
                    .isIn(TileSourceException.Problem.READ_FAILED, TileSourceException.Problem.BAD_TILE);
        });
    }

    @Test
    void withNoSourceLeftTheMapShowsSeaNotNothing() {
        Image image = tileThroughTheMap(List.of(), 5, 1, 1);
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getPixelReader().getArgb(0, 0)).isEqualTo(GeneratedBasemap.SEA);
    }
}
