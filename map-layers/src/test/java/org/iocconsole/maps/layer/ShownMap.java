package org.iocconsole.maps.layer;

import static org.iocconsole.maps.FxThread.onFx;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A map with a layer stack in a window of its own, set up as the console's map (tiles on whole pixels), over Thái
 * Nguyên at zoom 11; laid out as frames would, so that tests see what a user would. Call from a test thread.
 */
final class ShownMap {
    private final MapView map;
    private final Stage stage;

    private ShownMap(MapView map, Stage stage) {
        this.map = map;
        this.stage = stage;
    }

    /** Shows a new map with {@code stack} in a window of {@code width × height} and waits for its tiles. */
    static ShownMap show(LayerStack stack, double width, double height) throws Exception {
        ShownMap shown = onFx(() -> {
            MapView map = new MapView();
            PixelSnap.install(map);
            map.addLayer(stack);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(map), width, height));
            stage.show();
            map.setZoom(11);
            map.setCenter(new MapPoint(21.5927, 105.8442));
            return new ShownMap(map, stage);
        });
        shown.settle();
        return shown;
    }

    MapView map() {
        return map;
    }

    /** Moves the map's centre by some pixels, as a drag does, and waits for its tiles. */
    void pan(double dx, double dy) throws Exception {
        onFx(() -> {
            Scene scene = stage.getScene();
            map.setCenter(map.getMapPosition(scene.getWidth() / 2 + dx, scene.getHeight() / 2 + dy));
            return null;
        });
        settle();
    }

    /** Lays the map out until every tile has its image (within 20 s), and once more for what came with the last. */
    void settle() throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        boolean loading = true;
        while (loading && System.nanoTime() < deadline) {
            loading = onFx(() -> {
                map.requestLayout();
                map.getScene().getRoot().applyCss();
                map.getScene().getRoot().layout();
                return map.getChildrenUnmodifiable().stream()
                        .filter(BaseMap.class::isInstance)
                        .anyMatch(ShownMap::loading);
            });
            Thread.sleep(10);
        }
        onFx(() -> {
            map.requestLayout();
            map.getScene().getRoot().layout();
            return null;
        });
        if (loading) {
            throw new AssertionError("the map's tiles were still loading after 20 s");
        }
    }

    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    private static boolean loading(Node node) {
        if (node instanceof ImageView view) {
            return view.getImage() == null || view.getImage().getProgress() < 1;
        }
        return node instanceof Parent parent
                && parent.getChildrenUnmodifiable().stream().anyMatch(ShownMap::loading);
    }
}
