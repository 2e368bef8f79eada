package org.iocconsole.maps.layer;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapView;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;

/**
 * Keeps the tiles of a map on whole pixels. Gluon Maps moves its tiles by the exact fraction of a pixel a pan or a
 * centre asks for; the software pipeline then filters every tile pixel (about ten times the cost of copying it, and a
 * slightly blurred map). Rounding the tiles' translation costs at most half a pixel of position, and the layers follow
 * it, since they place themselves from the same translation. FX thread only.
 */
public final class PixelSnap {
    private PixelSnap() {}

    /** Rounds the map's tile translation to whole pixels from now on. */
    public static void install(MapView map) {
        for (Node child : map.getChildrenUnmodifiable()) {
            if (child instanceof BaseMap base) {
                snap(base.translateXProperty());
                snap(base.translateYProperty());
                return;
            }
        }
        throw new IllegalStateException("no base map in " + map);
    }

    private static void snap(DoubleProperty translate) {
        translate.addListener(o -> {
            double value = translate.get();
            double rounded = Math.rint(value);
            // Setting the rounded value notifies again, with nothing left to round.
            if (value != rounded) {
                translate.set(rounded);
            }
        });
        translate.set(Math.rint(translate.get()));
    }
}
