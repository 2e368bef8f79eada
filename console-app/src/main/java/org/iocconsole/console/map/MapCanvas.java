package org.iocconsole.console.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.iocconsole.console.cameras.wall.CameraDrag;
import org.iocconsole.maps.geo.WebMercator;
import org.iocconsole.maps.layer.CanvasLayer;
import org.iocconsole.maps.layer.LayerStack;
import org.iocconsole.maps.layer.Pick;
import org.iocconsole.maps.layer.PixelSnap;
import org.locationtech.jts.geom.Envelope;

/**
 * The map itself: a Gluon {@link MapView} with the screen's layers in their current order, a hover tooltip, and
 * clicks turned into selections (a cluster zooms in instead). The map view is built when the tiles are ready and built
 * again when the tile sources change, since Gluon keeps the tiles it has loaded. FX thread only.
 */
final class MapCanvas {
    private final MapLayers layers;
    private final List<String> order = new ArrayList<>(MapLayerIds.ORDER);
    /** Every layer on one canvas, in {@link #order}. */
    private final LayerStack stack = new LayerStack();

    private final StackPane root = new StackPane();
    private final Pane overlay = new Pane();
    private final Label hover = new Label();
    private final Function<Pick, String> hoverText;
    private final Consumer<Pick> select;
    private MapView map;
    /** The camera under the last press, or null. */
    private String pressedCamera;

    MapCanvas(MapLayers layers, Function<Pick, String> hoverText, Consumer<Pick> select) {
        this.layers = layers;
        this.hoverText = hoverText;
        this.select = select;
        root.setId("map-canvas");
        root.getStyleClass().add("map-canvas");
        hover.getStyleClass().add("map-hover");
        hover.setVisible(false);
        hover.setManaged(false);
        hover.setMouseTransparent(true);
        overlay.getChildren().add(hover);
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
    }

    StackPane root() {
        return root;
    }

    /** The map view, or null before the tiles are ready. */
    MapView map() {
        return map;
    }

    /** Builds a new map view over the current tile sources, keeping the place shown. */
    void rebuild(Envelope fitWorld) {
        MapPoint center = map == null ? null : map.getCenter();
        double zoom = map == null ? Double.NaN : map.getZoom();
        if (map != null) {
            map.removeLayer(stack);
        }
        map = new MapView();
        map.setId("map-view-gluon");
        PixelSnap.install(map);
        stack.setLayers(inOrder());
        map.addLayer(stack);
        if (center != null) {
            map.setZoom(zoom);
            map.setCenter(center);
        } else if (fitWorld != null) {
            fit(fitWorld);
        }
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedCamera != null) {
                e.consume();
            }
        });
        map.addEventFilter(MouseEvent.DRAG_DETECTED, this::dragDetected);
        root.getChildren().setAll(map, overlay);
    }

    /** Centres the map on a box of world units at the zoom that shows it whole. */
    void fit(Envelope world) {
        if (map == null) {
            return;
        }
        double width = root.getWidth() > 0 ? root.getWidth() : 900;
        double height = root.getHeight() > 0 ? root.getHeight() : 600;
        double scale = Math.min(width / Math.max(world.getWidth(), 1e-9), height / Math.max(world.getHeight(), 1e-9));
        double zoom = Math.max(2, Math.min(17, Math.log(scale / 256) / Math.log(2)));
        map.setZoom(Math.floor(zoom * 4) / 4);
        map.setCenter(new MapPoint(WebMercator.lat(world.centre().y), WebMercator.lon(world.centre().x)));
    }

    /** Moves a layer up (towards the top, +1) or down in the drawing order. */
    void move(String layerId, int delta) {
        int at = order.indexOf(layerId);
        int to = at + delta;
        if (at < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.remove(at);
        order.add(to, layerId);
        stack.setLayers(inOrder());
    }

    /** The layers in drawing order, bottom first. */
    private List<CanvasLayer> inOrder() {
        Map<String, CanvasLayer> byId = layers.byId();
        return order.stream().map(byId::get).toList();
    }

    List<String> order() {
        return List.copyOf(order);
    }

    /** What is under a point of the map: the topmost visible layer that has something there. */
    Optional<Pick> pick(double x, double y) {
        Map<String, CanvasLayer> byId = layers.byId();
        for (int i = order.size() - 1; i >= 0; i--) {
            CanvasLayer layer = byId.get(order.get(i));
            if (layer.isVisible()) {
                Optional<Pick> pick = layer.pick(x, y);
                if (pick.isPresent()) {
                    return pick;
                }
            }
        }
        return Optional.empty();
    }

    private void hovered(MouseEvent event) {
        Optional<Pick> pick = pick(event.getX(), event.getY());
        String text = pick.map(hoverText).orElse(null);
        if (text == null || text.isBlank()) {
            hover.setVisible(false);
            return;
        }
        hover.setText(text);
        hover.autosize();
        hover.relocate(event.getX() + 14, event.getY() + 10);
        hover.setVisible(true);
    }

    /** A press on a camera starts no panning: the camera may be dragged away instead. */
    private void pressed(MouseEvent event) {
        Optional<Pick> pick = pick(event.getX(), event.getY());
        pressedCamera = pick.filter(p -> !p.isCluster() && MapLayerIds.CAMERAS.equals(p.layerId()))
                .map(Pick::featureId)
                .orElse(null);
    }

    /** A camera dragged off the map carries its id, so a tile of the camera wall (on any screen) can take it. */
    private void dragDetected(MouseEvent event) {
        if (pressedCamera == null) {
            return;
        }
        Dragboard board = map.startDragAndDrop(TransferMode.COPY);
        board.setContent(Map.of(CameraDrag.CAMERA_ID, pressedCamera));
        hover.setVisible(false);
        event.consume();
    }

    private void clicked(MouseEvent event) {
        if (!event.isStillSincePress()) {
            return;
        }
        Optional<Pick> pick = pick(event.getX(), event.getY());
        if (pick.isPresent() && pick.get().isCluster() && map != null) {
            MapPoint at = map.getMapPosition(event.getX(), event.getY());
            map.setZoom(Math.min(MapDataReader.POINT_ZOOM, Math.floor(map.getZoom()) + 2));
            map.setCenter(new MapPoint(at.getLatitude(), at.getLongitude()));
        }
        select.accept(pick.orElse(null));
    }
}
