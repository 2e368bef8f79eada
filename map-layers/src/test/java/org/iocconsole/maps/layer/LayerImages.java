package org.iocconsole.maps.layer;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.iocconsole.maps.geo.Viewport;

/** A layer drawn alone on an image of its view's size, with the stack's hints, for tests that read its pixels. */
final class LayerImages {
    private LayerImages() {}

    static BufferedImage drawn(CanvasLayer layer, Viewport view) {
        BufferedImage image =
                new BufferedImage((int) view.width(), (int) view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            Java2d.smooth(g);
            layer.drawOn(g, view);
        } finally {
            g.dispose();
        }
        return image;
    }
}
