package org.iocconsole.console.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.stage.FileChooser;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.maps.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * Importing a layer from a file: GeoJSON is read; a shapefile (written by GDAL, in VN-2000) is refused with the
 * conversion command, whatever its name; broken files are refused with their reason and give no areas.
 */
class GeoJsonFilesTest {
    @TempDir
    Path dir;

    private final I18n en = new I18n(Language.EN);

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(GeoJsonFilesTest.class.getResource("shapefile/" + name))
                .toURI());
    }

    private String message(GeoJsonFiles.Loaded loaded) {
        return en.get(loaded.key(), loaded.arguments().toArray());
    }

    @Test
    void theChoosersFilterOfAnyFileIsNamedInTheUsersLanguage() {
        assertThat(GeoJsonFiles.chooser(en).getExtensionFilters())
                .extracting(FileChooser.ExtensionFilter::getDescription)
                .containsExactly("GeoJSON", "All files");
        assertThat(GeoJsonFiles.chooser(new I18n(Language.VI)).getExtensionFilters())
                .extracting(FileChooser.ExtensionFilter::getDescription)
                .containsExactly("GeoJSON", "Tất cả các tệp");
    }

    @Test
    void aShapefileIsRefusedWithTheCommandThatConvertsIt() throws Exception {
        for (String part : new String[] {"ward.shp", "ward.dbf", "ward.shx", "ward.prj"}) {
            GeoJsonFiles.Loaded loaded = GeoJsonFiles.load(resource(part));
            assertThat(loaded.areas()).as(part).isNull();
            assertThat(message(loaded))
                    .contains(part)
                    .contains("ogr2ogr -f GeoJSON -t_srs EPSG:4326")
                    .contains("Nothing was imported");
        }
    }

    @Test
    void aRenamedShapefileIsRecognisedByItsContent() throws Exception {
        Path renamed = dir.resolve("ward.geojson");
        Files.copy(resource("ward.shp"), renamed);

        GeoJsonFiles.Loaded loaded = GeoJsonFiles.load(renamed);

        assertThat(loaded.key()).isEqualTo("map.geojson.problem.shapefile");
        assertThat(loaded.areas()).isNull();
    }

    @Test
    void theShapefileConvertedAsExplainedImportsWhereItWas() throws Exception {
        GeoJsonFiles.Loaded loaded = GeoJsonFiles.load(resource("ward.geojson"));

        assertThat(message(loaded)).isEqualTo("1 features imported.");
        Envelope bounds = loaded.areas().bounds();
        // Through VN-2000 and back: the rectangle is where it was, to the centimetre.
        assertThat(WebMercator.lon(bounds.getMinX())).isCloseTo(105.80, within(1e-6));
        assertThat(WebMercator.lon(bounds.getMaxX())).isCloseTo(105.88, within(1e-6));
        assertThat(loaded.areas().features().get(0).properties()).containsEntry("name", "Phan Đình Phùng");
    }

    @Test
    void brokenFilesAreRefusedWithTheirReason() throws IOException {
        assertThat(load("{\"type\": \"FeatureCollection\", \"features\": [", ".geojson"))
                .startsWith("The file is not valid JSON (line 1");
        assertThat(load("{\"name\": \"not a layer\"}", ".json")).startsWith("The file is JSON but not GeoJSON");
        assertThat(load("{\"type\":\"Point\",\"coordinates\":[587190.85,2388256.43]}", ".geojson"))
                .contains("outside the world");
        assertThat(load("{\"type\":\"Point\",\"coordinates\":[21.59,105.84]}", ".geojson"))
                .contains("latitude before longitude");
        assertThat(load("", ".geojson")).isNotBlank();
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        Path png = dir.resolve("tile.geojson");
        // The signature of a PNG, then bytes that are not UTF-8.
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, (byte) 0xff, (byte) 0xfe, 0, 1});
        GeoJsonFiles.Loaded loaded = GeoJsonFiles.load(png);
        assertThat(loaded.areas()).isNull();
        assertThat(message(loaded)).isNotBlank();
    }

    @Test
    void aMissingFileIsRefused() {
        GeoJsonFiles.Loaded loaded = GeoJsonFiles.load(dir.resolve("gone.geojson"));
        assertThat(loaded.key()).isEqualTo("map.geojson.unreadable");
        assertThat(loaded.areas()).isNull();
    }

    private String load(String text, String suffix) throws IOException {
        Path file = Files.createTempFile(dir, "layer", suffix);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        GeoJsonFiles.Loaded loaded = GeoJsonFiles.load(file);
        assertThat(loaded.areas()).isNull();
        return message(loaded);
    }
}
