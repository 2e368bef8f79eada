package org.iocconsole.maps.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class ProjectedAreaTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void aUnitTooSmallToSeeAtLowZoomHasNoRingsToDrawThereButAllItsRingsUpClose() {
        double d = 1e-5; // about a metre: below a pixel until zoom 17
        ProjectedArea tiny = new ProjectedArea(GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(105.8, 21.5),
            new Coordinate(105.8 + d, 21.5),
            new Coordinate(105.8 + d, 21.5 + d),
            new Coordinate(105.8, 21.5 + d),
            new Coordinate(105.8, 21.5)
        }));
        assertThat(tiny.rings(6)).allMatch(ring -> ring.size() >= 3);
        assertThat(tiny.rings(18)).singleElement().satisfies(ring -> assertThat(ring.size())
                .isEqualTo(5));
    }
}
