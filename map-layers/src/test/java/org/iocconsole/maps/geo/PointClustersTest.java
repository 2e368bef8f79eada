package org.iocconsole.maps.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.iocconsole.maps.feature.PointFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class PointClustersTest {
    private static final List<String> STATES = List.of("new", "overdue", "done");

    /** Two groups of points about 30 km apart near Thái Nguyên. */
    private static List<PointFeature> twoGroups() {
        List<PointFeature> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            points.add(new PointFeature("a" + i, 105.80 + i * 1e-4, 21.60, i < 10 ? "overdue" : "new", "a"));
        }
        for (int i = 0; i < 20; i++) {
            points.add(new PointFeature("b" + i, 106.10, 21.80 + i * 1e-4, i < 5 ? "done" : "new", "b"));
        }
        return points;
    }

    @Test
    void pointsStandAloneAtThePointZoom() {
        PointClusters clusters = PointClusters.build(twoGroups(), STATES, 16, 60);
        ClusterLevel level = clusters.level(16.4);
        assertThat(level.size()).isEqualTo(50);
        assertThat(clusters.level(22).zoom()).isEqualTo(16);
    }

    @Test
    void lowZoomsMergeNearbyPointsAndKeepTheirStatusMix() {
        PointClusters clusters = PointClusters.build(twoGroups(), STATES, 16, 60);
        ClusterLevel mid = clusters.level(9);
        assertThat(mid.size()).isEqualTo(2);
        int a = mid.count(0) == 30 ? 0 : 1;
        int b = 1 - a;
        assertThat(mid.count(a)).isEqualTo(30);
        assertThat(mid.mix(a, 0)).isEqualTo(20);
        assertThat(mid.mix(a, 1)).isEqualTo(10);
        assertThat(mid.mix(b, 2)).isEqualTo(5);
        assertThat(mid.mix(b, 0)).isEqualTo(15);
        // At zoom 2 the whole province fits in one cell.
        ClusterLevel world = clusters.level(2);
        assertThat(world.size()).isEqualTo(1);
        assertThat(world.count(0)).isEqualTo(50);
        assertThat(world.x(0)).isBetween(WebMercator.x(105.8), WebMercator.x(106.1));
    }

    @Test
    void everyZoomKeepsEveryPoint() {
        PointClusters clusters = PointClusters.build(twoGroups(), STATES, 16, 60);
        for (int z = 0; z <= 16; z++) {
            ClusterLevel level = clusters.level(z);
            int total = 0;
            for (int i = 0; i < level.size(); i++) {
                total += level.count(i);
            }
            assertThat(total).as("zoom %d", z).isEqualTo(50);
        }
    }

    @Test
    void unknownCategoriesCountAsTheLast() {
        PointClusters clusters =
                PointClusters.build(List.of(new PointFeature("x", 105, 21, "odd", "x")), STATES, 10, 60);
        assertThat(clusters.level(10).mix(0, 2)).isEqualTo(1);
    }

    @Test
    void queriesFindOnlyWhatIsInTheBoxAndTheNearestWithinReach() {
        PointClusters clusters = PointClusters.build(twoGroups(), STATES, 16, 60);
        ClusterLevel level = clusters.level(16);
        double x = WebMercator.x(106.10);
        double y = WebMercator.y(21.80);
        List<Integer> seen = new ArrayList<>();
        level.visit(new Envelope(x - 1e-6, x + 1e-6, y - 1e-5, y + 1e-5), seen::add);
        assertThat(seen)
                .isNotEmpty()
                .allMatch(i -> clusters.points().get(level.firstPoint(i)).id().startsWith("b"));
        int hit = level.nearest(x, y, 1e-6);
        assertThat(clusters.points().get(level.firstPoint(hit)).id()).isEqualTo("b0");
        assertThat(level.nearest(WebMercator.x(100), y, 1e-6)).isEqualTo(-1);
    }
}
