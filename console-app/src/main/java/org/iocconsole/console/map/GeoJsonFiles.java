package org.iocconsole.console.map;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.iocconsole.console.common.I18n;
import org.iocconsole.maps.feature.FeatureCollection;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.geo.GeoJson;
import org.iocconsole.maps.geo.GeoJsonException;
import org.iocconsole.maps.geo.GeoJsonImport;
import org.iocconsole.maps.layer.BoundaryLayer;

/**
 * GeoJSON import into a layer of its own, and export of the communes shown. Reading, repairing and indexing run on
 * {@code background}; a file that cannot be read leaves the map as it was and says why. FX thread only.
 */
final class GeoJsonFiles {
    private final VBox root = new VBox();
    private final Label status = new Label();
    private final I18n i18n;
    private final Executor background;
    private final Executor fx;

    GeoJsonFiles(
            I18n i18n,
            Executor background,
            Executor fx,
            BoundaryLayer imported,
            java.util.function.Supplier<FeatureCollection> exported) {
        this.i18n = i18n;
        this.background = background;
        this.fx = fx;
        root.getStyleClass().add("map-side-section");
        status.setId("map-geojson-status");
        status.setWrapText(true);
        Button load = new Button();
        load.setId("map-geojson-import");
        load.textProperty().bind(i18n.text("map.geojson.import"));
        load.setOnAction(e -> {
            File file = chooser(i18n).showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                read(file, areas -> {
                    imported.setAreas(areas);
                    imported.setVisible(true);
                });
            }
        });
        Button save = new Button();
        save.setId("map-geojson-export");
        save.textProperty().bind(i18n.text("map.geojson.export"));
        save.setOnAction(e -> {
            File file = chooser(i18n).showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                FeatureCollection features = exported.get();
                background.execute(() -> {
                    try {
                        Files.writeString(file.toPath(), GeoJson.write(features), StandardCharsets.UTF_8);
                        fx.execute(() -> status.setText(i18n.get("map.geojson.exported", features.size())));
                    } catch (IOException ex) {
                        fx.execute(() -> status.setText(i18n.get("map.geojson.unreadable", ex.getMessage())));
                    }
                });
            }
        });
        Label shapefiles = new Label();
        shapefiles.setId("map-geojson-shapefile-help");
        shapefiles.getStyleClass().add("map-side-hint");
        shapefiles.setWrapText(true);
        shapefiles.textProperty().bind(i18n.text("map.geojson.shapefile"));
        root.getChildren().addAll(new HBox(6, load, save), status, shapefiles);
    }

    VBox root() {
        return root;
    }

    /** The file chooser of both buttons; package-private for its labels' test. */
    static FileChooser chooser(I18n i18n) {
        FileChooser chooser = new FileChooser();
        // Any file may be chosen: a shapefile then gets its own explanation instead of staying invisible.
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"),
                        new FileChooser.ExtensionFilter(i18n.get("map.geojson.filter.all"), "*.*"));
        return chooser;
    }

    private void read(File file, Consumer<AreaIndex> show) {
        background.execute(() -> {
            Loaded loaded = load(file.toPath());
            fx.execute(() -> {
                if (loaded.areas() != null) {
                    show.accept(loaded.areas());
                }
                status.setText(i18n.get(loaded.key(), loaded.arguments().toArray()));
            });
        });
    }

    /**
     * What reading a file gave: the areas, or null when nothing was imported; and the message saying so.
     *
     * @param key the bundle key of the message
     */
    record Loaded(AreaIndex areas, String key, List<Object> arguments) {}

    /** Reads, repairs and indexes a GeoJSON file; blocks. A file that cannot be imported gives no areas and says why. */
    static Loaded load(Path file) {
        if (isShapefile(file)) {
            return new Loaded(
                    null,
                    "map.geojson.problem.shapefile",
                    List.of(file.getFileName().toString()));
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            GeoJsonImport read = GeoJson.read(reader);
            AreaIndex areas = new AreaIndex(read.features());
            return read.repaired().isEmpty()
                    ? new Loaded(
                            areas,
                            "map.geojson.imported",
                            List.of(read.features().size()))
                    : new Loaded(
                            areas,
                            "map.geojson.repaired",
                            List.of(read.features().size(), read.repaired().toString()));
        } catch (GeoJsonException e) {
            String key = "map.geojson.problem." + e.problem().name().toLowerCase(Locale.ROOT);
            return new Loaded(null, key, List.copyOf(e.arguments()));
        } catch (IOException | RuntimeException e) {
            // Bytes that are not UTF-8 (a binary file) end here too.
            return new Loaded(null, "map.geojson.unreadable", List.of(String.valueOf(e.getMessage())));
        }
    }

    /** A file of a shapefile's set, by its name or, renamed, by the file code 9994 that opens every .shp and .shx. */
    private static boolean isShapefile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".shp") || name.endsWith(".shx") || name.endsWith(".dbf") || name.endsWith(".prj")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 0 && head[1] == 0 && head[2] == 0x27 && head[3] == 0x0a;
        } catch (IOException e) {
            return false;
        }
    }
}
