package org.iocconsole.maps.layer;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.FillRule;
import org.iocconsole.maps.geo.ProjectedArea;
import org.iocconsole.maps.geo.Viewport;
import org.locationtech.jts.geom.Envelope;

/** Helpers shared by the area layers: the visible box of a frame, and an area's rings as one canvas path. */
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

    /** Makes the area's rings, simplified for the frame's zoom, the canvas's current path (holes by even-odd). */
    static void path(GraphicsContext gc, ProjectedArea area, Viewport view) {
        gc.beginPath();
        gc.setFillRule(FillRule.EVEN_ODD);
        double scale = view.scale();
        double ox = view.offsetX();
        double oy = view.offsetY();
        for (ProjectedArea.Ring ring : area.rings(view.zoom())) {
            double[] x = ring.x();
            double[] y = ring.y();
            gc.moveTo(x[0] * scale + ox, y[0] * scale + oy);
            for (int i = 1; i < x.length; i++) {
                gc.lineTo(x[i] * scale + ox, y[i] * scale + oy);
            }
            gc.closePath();
        }
    }
}
