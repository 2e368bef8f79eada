package org.iocconsole.maps.layer;

import static org.iocconsole.maps.FxThread.onFx;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapView;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;

/** Lays a shown map out until its tiles have loaded, as frames would, so that tests see what a user would. */
final class MapSettling {
    private MapSettling() {}

    /** Lays the map out until every tile has its image (within 20 s), and once more for what came with the last. */
    static void settle(MapView map) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        boolean loading = true;
        while (loading && System.nanoTime() < deadline) {
            loading = onFx(() -> {
                map.requestLayout();
                map.getScene().getRoot().applyCss();
                map.getScene().getRoot().layout();
                return map.getChildrenUnmodifiable().stream()
                        .filter(BaseMap.class::isInstance)
                        .anyMatch(MapSettling::loading);
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

    private static boolean loading(Node node) {
        if (node instanceof ImageView view) {
            return view.getImage() == null || view.getImage().getProgress() < 1;
        }
        return node instanceof Parent parent
                && parent.getChildrenUnmodifiable().stream().anyMatch(MapSettling::loading);
    }
}
