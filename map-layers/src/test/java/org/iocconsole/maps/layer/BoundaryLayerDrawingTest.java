package org.iocconsole.maps.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.iocconsole.maps.feature.Feature;
import org.iocconsole.maps.feature.FeatureCollection;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.geo.Viewport;
import org.iocconsole.maps.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The boundary layer drawn on a real image as its stack draws it: each unit's outline all around and nothing inside,
 * the selected unit in the highlight colour, and names with their Vietnamese diacritics.
 */
class BoundaryLayerDrawingTest {
    private static final int SIZE = 600;
    private static final double LON = 105.84;
    private static final double LAT = 21.59;

    @Test
    void outlinesAreDrawnAllAroundWithNothingInsideAndTheSelectedUnitStandsOut() throws Exception {
        // Two round units side by side; labels only from zoom 20, so only outlines are drawn.
        BoundaryLayer layer = new BoundaryLayer("units", Color.BLACK, 1.0, 20, false);
        layer.setAreas(
                new AreaIndex(new FeatureCollection(List.of(round("west", LON - 0.06), round("east", LON + 0.06)))));
        layer.setSelected("east");
        Viewport view = Viewport.centred(LON, LAT, 11.5, SIZE, SIZE);

        BufferedImage pixels = LayerImages.drawn(layer, view);

        for (int degree = 0; degree < 360; degree += 3) {
            Color west = strongest(pixels, view, LON - 0.06, degree);
            Color east = strongest(pixels, view, LON + 0.06, degree);
            assertThat(west.getOpacity()).as("west outline at %d°", degree).isGreaterThan(0.5);
            assertThat(west.getRed())
                    .as("west in the layer's colour at %d°", degree)
                    .isLessThan(0.2);
            assertThat(east.getOpacity()).as("east outline at %d°", degree).isGreaterThan(0.5);
            assertThat(east.getRed()).as("east highlighted at %d°", degree).isGreaterThan(0.5);
        }
        assertThat(at(pixels, view, LON - 0.06, LAT).getOpacity()).isZero();
        assertThat(at(pixels, view, LON + 0.06, LAT).getOpacity()).isZero();
    }

    @Test
    void namesAreWrittenWithTheirDiacriticsInsideTheirUnit() {
        BoundaryLayer layer = new BoundaryLayer("units", Color.BLACK, 1.0, 11, true);
        layer.setAreas(new AreaIndex(new FeatureCollection(List.of(round("Thái Nguyên", LON)))));
        Viewport view = Viewport.centred(LON, LAT, 11.5, SIZE, SIZE);

        BufferedImage pixels = LayerImages.drawn(layer, view);

        // The bundled face, not the machine's: its letters carry every Vietnamese diacritic.
        assertThat(LabelFonts.bold(14).getFamily()).isEqualTo("Noto Sans");
        assertThat(LabelFonts.bold(14).canDisplayUpTo("Thái Nguyên, Bắc Kạn, Phường Đức Xuân"))
                .isEqualTo(-1);
        int centreX = (int) Math.round(view.screenX(WebMercator.x(LON)));
        int centreY = (int) Math.round(view.screenY(WebMercator.y(LAT)));
        int inked = 0;
        int outside = 0;
        for (int x = 0; x < SIZE; x++) {
            for (int y = centreY - 12; y <= centreY + 12; y++) {
                boolean ink = (pixels.getRGB(x, y) >>> 24) > 0x80 && Math.abs(x - centreX) < 60;
                inked += ink ? 1 : 0;
                outside +=
                        (pixels.getRGB(x, y) >>> 24) > 0x80 && Math.abs(x - centreX) >= 60 && Math.abs(x - centreX) < 90
                                ? 1
                                : 0;
            }
        }
        assertThat(inked).as("the name is written around the unit's centre").isGreaterThan(100);
        assertThat(outside).as("and nowhere else on its row but the outline").isLessThan(20);
    }

    /** A unit of 0.05 degree radius around a longitude on {@link #LAT}, drawn with 360 points. */
    private static Feature round(String id, double lon) {
        Coordinate[] ring = new Coordinate[361];
        for (int i = 0; i < 360; i++) {
            double angle = Math.toRadians(i);
            ring[i] = new Coordinate(lon + 0.05 * Math.cos(angle), LAT + 0.05 * Math.sin(angle));
        }
        ring[360] = ring[0];
        return new Feature(id, new GeometryFactory().createPolygon(ring), Map.of("name", id));
    }

    /** The most opaque pixel within one pixel of a unit's outline at an angle from its centre. */
    private static Color strongest(BufferedImage pixels, Viewport view, double lon, int degree) {
        double angle = Math.toRadians(degree);
        int x = (int) Math.round(view.screenX(WebMercator.x(lon + 0.05 * Math.cos(angle))));
        int y = (int) Math.round(view.screenY(WebMercator.y(LAT + 0.05 * Math.sin(angle))));
        Color strongest = Color.TRANSPARENT;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                Color c = color(pixels.getRGB(x + dx, y + dy));
                if (c.getOpacity() > strongest.getOpacity()) {
                    strongest = c;
                }
            }
        }
        return strongest;
    }

    private static Color at(BufferedImage pixels, Viewport view, double lon, double lat) {
        return color(pixels.getRGB((int) Math.round(view.screenX(WebMercator.x(lon))), (int)
                Math.round(view.screenY(WebMercator.y(lat)))));
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, (argb >>> 24) / 255.0);
    }
}
