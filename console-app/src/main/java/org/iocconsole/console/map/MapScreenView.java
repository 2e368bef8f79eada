package org.iocconsole.console.map;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.cameras.wall.CameraPopup;
import org.iocconsole.console.cameras.wall.TileServices;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.maps.feature.FeatureCollection;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.layer.Pick;
import org.iocconsole.maps.tiles.MapTiles;
import org.locationtech.jts.geom.Envelope;

/**
 * The map screen: the province on an offline map with its operational layers (boundaries, choropleth, citizen
 * reports clustered by state, facilities, cameras, heat map), the controls beside it and the details of what is
 * selected. Tiles come from an MBTiles file, an online server or the basemap generated from the boundaries (see
 * {@link TileSetup}); opening them runs on {@code background}. FX thread only.
 */
public final class MapScreenView {
    private static final String STYLESHEET =
            MapScreenView.class.getResource("map-screen.css").toExternalForm();

    private final ScreenFrame frame;
    private final MapScreenViewModel vm;
    private final I18n i18n;
    private final MapLayers layers = new MapLayers();
    private final MapCanvas canvas;
    private final LayerPanel layerPanel;
    private final TileSetup tiles;
    private final TileSettings.Store settings;
    private final Executor background;
    private final Executor fx;
    private final Label tileStatus = new Label();
    private final Label loading = new Label();
    private final BasemapSettingsPane basemap;
    private boolean tilesReady;

    /**
     * @param tiles opens the tile sources
     * @param settings where the tile settings are kept
     * @param cameraTiles what camera tiles share, for the live stream of a camera clicked on the map; asked on the
     *     first one
     * @param background opens tile sources (files, disk cache)
     * @param fx runs work on the FX thread
     */
    public MapScreenView(
            MapScreenViewModel vm,
            I18n i18n,
            ZoneId zone,
            TileSetup tiles,
            TileSettings.Store settings,
            Supplier<TileServices> cameraTiles,
            Executor background,
            Executor fx) {
        this.vm = vm;
        this.i18n = i18n;
        this.tiles = tiles;
        this.settings = settings;
        this.background = background;
        this.fx = fx;
        TimeTexts times = new TimeTexts(i18n, zone);
        frame = new ScreenFrame("map-view", i18n, times, "map.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);
        canvas = new MapCanvas(layers, this::hoverText, vm::select);
        layerPanel = new LayerPanel(canvas, layers, i18n);

        loading.textProperty().bind(i18n.text("map.loading"));
        loading.getStyleClass().add("map-pending");
        canvas.root().getChildren().add(loading);
        tileStatus.setId("map-tile-status");
        tileStatus.getStyleClass().add("map-tile-status");
        tileStatus.setWrapText(true);
        tileStatus.setVisible(false);
        tileStatus.managedProperty().bind(tileStatus.visibleProperty());
        Label attribution = new Label();
        attribution.setId("map-attribution");
        attribution.textProperty().bind(i18n.text("map.attribution"));
        attribution.getStyleClass().add("map-attribution");
        attribution.setWrapText(true);
        tiles.reportProblems(fx, this::showProblem);

        MapSidePanel side = new MapSidePanel(vm, i18n, times, layerPanel, this::goTo);
        basemap = new BasemapSettingsPane(settings.load(), i18n, this::applySettings);
        TitledPane basemapPane = new TitledPane();
        basemapPane.textProperty().bind(i18n.text("map.basemap"));
        basemapPane.setContent(basemap.root());
        basemapPane.setExpanded(false);
        side.root().getChildren().add(basemapPane);
        GeoJsonFiles geojson = new GeoJsonFiles(i18n, background, fx, layers.imported, () -> {
            MapData data = vm.dataProperty().get();
            return data == null
                    ? FeatureCollection.empty()
                    : new FeatureCollection(data.communes().features());
        });
        TitledPane geojsonPane = new TitledPane();
        geojsonPane.textProperty().bind(i18n.text("map.geojson"));
        geojsonPane.setContent(geojson.root());
        geojsonPane.setExpanded(false);
        side.root().getChildren().add(geojsonPane);
        ScrollPane sideScroll = new ScrollPane(side.root());
        sideScroll.setFitToWidth(true);
        sideScroll.getStyleClass().add("map-side-scroll");

        MapDetailsPanel details = new MapDetailsPanel(vm, i18n, times);
        StackPane.setAlignment(details.root(), Pos.TOP_RIGHT);
        CameraPopup stream = new CameraPopup(cameraTiles, i18n, zone);
        StackPane.setAlignment(stream, Pos.BOTTOM_LEFT);
        StackPane.setMargin(stream, new Insets(12));
        stream.setOnClose(vm::closeStream);
        vm.streamProperty().subscribe(camera -> {
            if (camera == null) {
                stream.close();
            } else {
                stream.show(camera);
            }
        });
        StackPane mapArea = new StackPane(canvas.root(), details.root(), stream);
        VBox center = new VBox(tileStatus, mapArea, attribution);
        center.getStyleClass().add("map-center");
        VBox.setVgrow(mapArea, javafx.scene.layout.Priority.ALWAYS);
        BorderPane body = new BorderPane(center);
        body.setLeft(sideScroll);
        body.getStyleClass().add("map-body");
        frame.setContent(body);

        vm.dataProperty().subscribe(this::showData);
        vm.valuesProperty().subscribe(v -> showValues());
        vm.methodProperty().subscribe(m -> showValues());
        vm.heatWindowProperty().subscribe(w -> layers.heat.setWindow(vm.heatFrom(), null));
        vm.detailsProperty().subscribe(this::showSelection);
    }

    /** Draws the areas a drill affects now (a flood, a closure) as their own layer; empty removes them. */
    /** Gates the basemap's settings by the signed-in user's role. */
    public void gateSettings(AccessGate gate) {
        basemap.gate(gate);
    }

    public void showDrillAreas(FeatureCollection areas) {
        // A drill has a handful of areas: indexing them is quick enough for the FX thread.
        layers.drillAreas.setAreas(new AreaIndex(areas));
    }

    public Parent root() {
        return frame;
    }

    /** The layers, for tests that find a feature on screen. */
    MapLayers layers() {
        return layers;
    }

    private void showData(MapData data) {
        if (data == null) {
            return;
        }
        layers.provinces.setAreas(data.provinces());
        layers.communes.setAreas(data.communes());
        layers.reports.setClusters(data.reports());
        layers.heat.setPoints(data.heat());
        layers.heat.setWindow(vm.heatFrom(), null);
        layers.facilities.setPoints(data.facilityPoints());
        layers.cameras.setPoints(data.cameraPoints());
        showValues();
        if (!tilesReady) {
            tilesReady = true;
            applySettings(settings.load());
        }
    }

    private void showValues() {
        MapData data = vm.dataProperty().get();
        if (data != null) {
            layers.choropleth.setValues(
                    data.communes(),
                    vm.valuesProperty().get(),
                    vm.methodProperty().get(),
                    5);
            layerPanel.refresh();
        }
    }

    /** Opens the sources off the FX thread, then shows a map over them. */
    private void applySettings(TileSettings next) {
        MapData data = vm.dataProperty().get();
        if (data == null) {
            return;
        }
        if (!next.equals(settings.load())) {
            settings.save(next);
        }
        String credit = i18n.get("map.attribution");
        background.execute(() -> {
            List<MapTiles.TileProblem> problems = tiles.apply(next, data.provinces(), data.communes(), credit);
            fx.execute(() -> {
                tileStatus.setVisible(false);
                problems.forEach(this::showProblem);
                Envelope fit = data.communes().bounds() != null
                        ? data.communes().bounds()
                        : data.provinces().bounds();
                canvas.rebuild(fit);
            });
        });
    }

    private void showProblem(MapTiles.TileProblem problem) {
        tileStatus.setText(i18n.get(
                "map.tiles.problem." + problem.problem().name().toLowerCase(java.util.Locale.ROOT), problem.source()));
        tileStatus.setVisible(true);
    }

    private void goTo(UnitRow row) {
        MapData data = vm.dataProperty().get();
        if (data == null) {
            return;
        }
        // A former commune without an outline of its own is shown on the commune it became.
        String featureId = data.featureOf(row.unit().code());
        for (int i = 0; i < data.communes().size(); i++) {
            if (data.communes().features().get(i).id().equals(featureId)) {
                canvas.fit(data.communes().area(i).bounds());
                vm.select(new Pick(MapLayerIds.COMMUNES, featureId, row.unit().nameVi(), 1, java.util.Map.of()));
                return;
            }
        }
    }

    private void showSelection(MapDetails details) {
        layers.reports.setSelected(details != null && "report".equals(details.kind()) ? details.id() : null);
        layers.communes.setSelected(details != null && "unit".equals(details.kind()) ? details.id() : null);
    }

    private String hoverText(Pick pick) {
        if (pick.isCluster()) {
            return i18n.get("map.hover.cluster", pick.count());
        }
        if (MapLayerIds.CHOROPLETH.equals(pick.layerId())) {
            MapData data = vm.dataProperty().get();
            var unit = data == null ? null : data.unitsByCode().get(pick.featureId());
            return (unit == null ? "" : unit.nameVi() + ": ") + pick.label();
        }
        return pick.label();
    }
}
