package org.iocconsole.maps.layer;

import java.awt.geom.Path2D;
import org.iocconsole.maps.geo.ProjectedArea;
import org.iocconsole.maps.geo.Viewport;
import org.locationtech.jts.geom.Envelope;

/** Helpers shared by the area layers: the visible box of a frame, and an area's rings as one path. */
final class AreaDrawing {
    private AreaDrawing() {}

    /** The frame's screen in world units, a little larger so borders at the edge are drawn. */
    static Envelope visible(Viewport view) {
        double margin = 8;
        return new Envelope(
                view.worldX(-margin),
                view.worldX(view.width() + margin),
                view.worldY(-margin),
                view.worldY(view.height() + margin));
    }

    /**
     * Makes {@code path} the area's rings, simplified for the frame's zoom, in pixels of the frame (holes by
     * even-odd). The path is the caller's, reused from area to area.
     */
    static Path2D.Double path(Path2D.Double path, ProjectedArea area, Viewport view) {
        path.reset();
        path.setWindingRule(Path2D.WIND_EVEN_ODD);
        double scale = view.scale();
        double ox = view.offsetX();
        double oy = view.offsetY();
        for (ProjectedArea.Ring ring : area.rings(view.zoom())) {
            double[] x = ring.x();
            double[] y = ring.y();
            path.moveTo(x[0] * scale + ox, y[0] * scale + oy);
            for (int i = 1; i < x.length; i++) {
                path.lineTo(x[i] * scale + ox, y[i] * scale + oy);
            }
            path.closePath();
        }
        return path;
    }
}
