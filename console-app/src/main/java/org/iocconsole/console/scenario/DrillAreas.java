package org.iocconsole.console.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iocconsole.maps.feature.Feature;
import org.iocconsole.maps.feature.FeatureCollection;
import org.iocconsole.sync.model.Notice;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The areas a drill affects now (a flood, a closure) as map features, named in the given language. Stateless. */
public final class DrillAreas {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private DrillAreas() {}

    /**
     * @param language {@code vi} or {@code en}
     * @return one polygon per area with at least three corners, keyed by the notice's id, with {@code name} and
     *     {@code kind}
     */
    public static FeatureCollection features(List<Notice> areas, String language) {
        List<Feature> features = new ArrayList<>();
        for (Notice area : areas) {
            if (area.polygon().size() < 3) {
                continue;
            }
            List<Coordinate> ring = new ArrayList<>();
            for (double[] corner : area.polygon()) {
                ring.add(new Coordinate(corner[0], corner[1]));
            }
            if (!ring.get(0).equals2D(ring.get(ring.size() - 1))) {
                ring.add(new Coordinate(ring.get(0)));
            }
            features.add(new Feature(
                    area.noticeId(),
                    GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new)),
                    Map.of(
                            "name",
                            area.title().in(language),
                            "kind",
                            area.areaKind() == null ? "other" : area.areaKind())));
        }
        return new FeatureCollection(features);
    }
}
