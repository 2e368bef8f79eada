package org.iocconsole.maps.layer;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** The white glyphs inside symbol badges, drawn with a few shapes each. */
final class Glyphs {
    private Glyphs() {}

    static void draw(Graphics2D g, Symbol.Glyph glyph, double x, double y) {
        g.setColor(java.awt.Color.WHITE);
        switch (glyph) {
            case CROSS -> {
                g.fill(new Rectangle2D.Double(x - 1.5, y - 5, 3, 10));
                g.fill(new Rectangle2D.Double(x - 5, y - 1.5, 10, 3));
            }
            case BOOK -> {
                g.draw(new Line2D.Double(x, y - 4, x, y + 4));
                g.draw(new Rectangle2D.Double(x - 5, y - 4, 10, 8));
            }
            case SHIELD ->
                g.fill(polygon(
                        new double[] {x - 4.5, x + 4.5, x + 4.5, x, x - 4.5},
                        new double[] {y - 5, y - 5, y + 1, y + 5, y + 1}));
            case FLAME ->
                g.fill(polygon(
                        new double[] {x, x + 4, x + 2.5, x - 2.5, x - 4},
                        new double[] {y - 5, y + 1, y + 5, y + 5, y + 1}));
            case HOUSE -> {
                g.fill(polygon(new double[] {x - 5.5, x, x + 5.5}, new double[] {y - 0.5, y - 5.5, y - 0.5}));
                g.fill(new Rectangle2D.Double(x - 3.5, y - 0.5, 7, 5));
            }
            case CAMERA -> {
                g.fill(new RoundRectangle2D.Double(x - 5.5, y - 3.5, 8, 7, 2, 2));
                g.fill(polygon(new double[] {x + 2.5, x + 5.5, x + 5.5}, new double[] {y, y - 3, y + 3}));
            }
            default -> g.fill(new java.awt.geom.Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
        }
    }

    private static Path2D polygon(double[] x, double[] y) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x[0], y[0]);
        for (int i = 1; i < x.length; i++) {
            path.lineTo(x[i], y[i]);
        }
        path.closePath();
        return path;
    }
}
