package org.iocconsole.maps.layer;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The white glyphs inside symbol badges, drawn with a few canvas calls each. */
final class Glyphs {
    private Glyphs() {}

    static void draw(GraphicsContext gc, Symbol.Glyph glyph, double x, double y) {
        gc.setFill(Color.WHITE);
        gc.setStroke(Color.WHITE);
        switch (glyph) {
            case CROSS -> {
                gc.fillRect(x - 1.5, y - 5, 3, 10);
                gc.fillRect(x - 5, y - 1.5, 10, 3);
            }
            case BOOK -> {
                gc.strokeLine(x, y - 4, x, y + 4);
                gc.strokeRect(x - 5, y - 4, 10, 8);
            }
            case SHIELD ->
                gc.fillPolygon(
                        new double[] {x - 4.5, x + 4.5, x + 4.5, x, x - 4.5},
                        new double[] {y - 5, y - 5, y + 1, y + 5, y + 1},
                        5);
            case FLAME ->
                gc.fillPolygon(
                        new double[] {x, x + 4, x + 2.5, x - 2.5, x - 4},
                        new double[] {y - 5, y + 1, y + 5, y + 5, y + 1},
                        5);
            case HOUSE -> {
                gc.fillPolygon(new double[] {x - 5.5, x, x + 5.5}, new double[] {y - 0.5, y - 5.5, y - 0.5}, 3);
                gc.fillRect(x - 3.5, y - 0.5, 7, 5);
            }
            case CAMERA -> {
                gc.fillRoundRect(x - 5.5, y - 3.5, 8, 7, 2, 2);
                gc.fillPolygon(new double[] {x + 2.5, x + 5.5, x + 5.5}, new double[] {y, y - 3, y + 3}, 3);
            }
            default -> gc.fillOval(x - 2.5, y - 2.5, 5, 5);
        }
    }
}
