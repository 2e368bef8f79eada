package org.iocconsole.maps.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.iocconsole.maps.feature.PointFeature;
import org.iocconsole.maps.geo.PointClusters;
import org.iocconsole.maps.geo.Viewport;
import org.iocconsole.maps.geo.WebMercator;
import org.junit.jupiter.api.Test;

/**
 * Reports drawn as the stack draws them: a cluster's pie where its points are, a lone point in its status's colour,
 * and the selected point ringed.
 */
class ClusterLayerDrawingTest {
    private static final int SIZE = 400;
    private static final double LON = 105.84;
    private static final double LAT = 21.59;

    private final ClusterLayer layer = new ClusterLayer("reports", colors());

    @Test
    void aLonePointIsADiscOfItsStatusWhereItIsAndRingedWhenSelected() {
        layer.setClusters(PointClusters.build(
                List.of(new PointFeature("r-1", LON, LAT, "overdue", "Ngập sâu")), layer.categories(), 14, 56));
        Viewport view = Viewport.centred(LON + 0.002, LAT, 15, SIZE, SIZE);
        int x = (int) Math.round(view.screenX(WebMercator.x(LON)));
        int y = (int) Math.round(view.screenY(WebMercator.y(LAT)));

        BufferedImage plain = LayerImages.drawn(layer, view);
        layer.setSelected("r-1");
        BufferedImage selected = LayerImages.drawn(layer, view);

        assertThat(x).isNotEqualTo(SIZE / 2);
        assertThat(plain.getRGB(x, y)).isEqualTo(0xffe03131);
        assertThat(plain.getRGB(x + 9, y) >>> 24).as("no ring").isZero();
        assertThat(selected.getRGB(x + 9, y) >>> 24).as("the ring").isGreaterThan(0x80);
        assertThat(selected.getRGB(x + 9, y) & 0xffffff).as("in black").isZero();
        assertThat(selected.getRGB(x, y)).isEqualTo(0xffe03131);
    }

    @Test
    void pointsCloseTogetherShowAsOnePieOfTheirStatuses() {
        List<PointFeature> points = List.of(
                new PointFeature("r-1", LON, LAT, "overdue", "a"),
                new PointFeature("r-2", LON + 0.0001, LAT, "overdue", "b"),
                new PointFeature("r-3", LON, LAT + 0.0001, "done", "c"),
                new PointFeature("r-4", LON + 0.0001, LAT + 0.0001, "done", "d"));
        layer.setClusters(PointClusters.build(points, layer.categories(), 14, 56));
        Viewport view = Viewport.centred(LON, LAT, 10, SIZE, SIZE);

        BufferedImage image = LayerImages.drawn(layer, view);

        int reds = 0;
        int greens = 0;
        for (int x = 0; x < SIZE; x++) {
            for (int y = 0; y < SIZE; y++) {
                reds += image.getRGB(x, y) == 0xffe03131 ? 1 : 0;
                greens += image.getRGB(x, y) == 0xff2f9e44 ? 1 : 0;
            }
        }
        // Half and half, in one pie near the middle.
        assertThat(reds).isGreaterThan(100);
        assertThat(greens).isBetween(reds * 8 / 10, reds * 12 / 10);
        assertThat(image.getRGB(SIZE / 4, SIZE / 4) >>> 24).isZero();
    }

    private static Map<String, Color> colors() {
        Map<String, Color> colors = new LinkedHashMap<>();
        colors.put("overdue", Color.web("#e03131"));
        colors.put("new", Color.web("#1c7ed6"));
        colors.put("done", Color.web("#2f9e44"));
        return colors;
    }
}
