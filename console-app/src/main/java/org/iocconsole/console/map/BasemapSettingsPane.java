package org.iocconsole.console.map;

import java.io.File;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.access.GatedControls;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.access.Permission;

/**
 * Where the basemap comes from: an MBTiles file chosen on disk and an online XYZ URL; the basemap generated from the
 * boundaries is always underneath. Applying hands the new settings on. FX thread only.
 */
final class BasemapSettingsPane {
    private final VBox root = new VBox();
    private final TextField url = new TextField();
    private final Label file = new Label();
    private final I18n i18n;
    private final Button choose = new Button();
    private final Button clear = new Button();
    private final Button use = new Button();
    private TileSettings settings;

    BasemapSettingsPane(TileSettings initial, I18n i18n, Consumer<TileSettings> apply) {
        this.settings = initial;
        this.i18n = i18n;
        root.setId("map-basemap");
        root.getStyleClass().add("map-side-section");
        file.setId("map-mbtiles-file");
        file.setWrapText(true);
        choose.setId("map-mbtiles-choose");
        choose.textProperty().bind(i18n.text("map.basemap.choose"));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"));
            File picked = chooser.showOpenDialog(root.getScene().getWindow());
            if (picked != null) {
                settings = new TileSettings(picked.toPath(), settings.onlineUrl());
                showFile();
                apply.accept(settings);
            }
        });
        clear.textProperty().bind(i18n.text("map.basemap.clear"));
        clear.setOnAction(e -> {
            settings = new TileSettings(null, settings.onlineUrl());
            showFile();
            apply.accept(settings);
        });
        url.setId("map-online-url");
        url.setText(initial.onlineUrl() == null ? "" : initial.onlineUrl());
        url.promptTextProperty().bind(i18n.text("map.basemap.url.prompt"));
        use.setId("map-online-apply");
        use.textProperty().bind(i18n.text("map.basemap.apply"));
        use.setOnAction(e -> {
            String text = url.getText().strip();
            settings = new TileSettings(settings.mbtiles(), text.isEmpty() ? null : text);
            apply.accept(settings);
        });
        Label fileLabel = new Label();
        fileLabel.textProperty().bind(i18n.text("map.basemap.mbtiles"));
        Label urlLabel = new Label();
        urlLabel.textProperty().bind(i18n.text("map.basemap.url"));
        root.getChildren().addAll(fileLabel, file, new HBox(6, choose, clear), urlLabel, url, use);
        showFile();
        i18n.languageProperty().addListener((o, was, now) -> showFile());
    }

    /** The basemap is a setting of the console: only a role that may change settings changes it. */
    void gate(AccessGate gate) {
        for (Node control : new Node[] {choose, clear, url, use}) {
            GatedControls.gate(control, gate, Permission.CHANGE_SETTINGS, i18n);
        }
    }

    VBox root() {
        return root;
    }

    private void showFile() {
        file.setText(
                settings.mbtiles() == null
                        ? i18n.get("map.basemap.none")
                        : settings.mbtiles().getFileName().toString());
    }
}
