package org.iocconsole.console.map;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            File file = chooser().showOpenDialog(root.getScene().getWindow());
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
            File file = chooser().showSaveDialog(root.getScene().getWindow());
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
        root.getChildren().addAll(new HBox(6, load, save), status);
    }

    VBox root() {
        return root;
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"));
        return chooser;
    }

    private void read(File file, Consumer<AreaIndex> show) {
        background.execute(() -> {
            try (Reader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
                GeoJsonImport read = GeoJson.read(reader);
                AreaIndex areas = new AreaIndex(read.features());
                fx.execute(() -> {
                    show.accept(areas);
                    status.setText(
                            read.repaired().isEmpty()
                                    ? i18n.get(
                                            "map.geojson.imported",
                                            read.features().size())
                                    : i18n.get(
                                            "map.geojson.repaired",
                                            read.features().size(),
                                            read.repaired().toString()));
                });
            } catch (GeoJsonException e) {
                Object[] args = e.arguments().toArray();
                String key = "map.geojson.problem." + e.problem().name().toLowerCase(Locale.ROOT);
                fx.execute(() -> status.setText(i18n.get(key, args)));
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> status.setText(i18n.get("map.geojson.unreadable", String.valueOf(e.getMessage()))));
            }
        });
    }
}
