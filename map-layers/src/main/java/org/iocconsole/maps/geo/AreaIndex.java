package org.iocconsole.maps.geo;

import java.util.ArrayList;
import java.util.List;
import org.iocconsole.maps.feature.Feature;
import org.iocconsole.maps.feature.FeatureCollection;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Area features (communes, provinces) prepared once off the FX thread: projected and simplified for drawing (see
 * {@link ProjectedArea}) and indexed in an STRtree for "which unit is under the mouse". Immutable; thread-safe.
 */
public final class AreaIndex {
    private final List<Feature> features;
    private final List<ProjectedArea> areas;
    private final List<IndexedPointInAreaLocator> locators;
    private final STRtree index = new STRtree();
    private final Envelope bounds = new Envelope();

    public AreaIndex(FeatureCollection collection) {
        this.features = collection.features();
        List<ProjectedArea> projected = new ArrayList<>(features.size());
        List<IndexedPointInAreaLocator> located = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            ProjectedArea area = new ProjectedArea(features.get(i).geometry());
            projected.add(area);
            located.add(new IndexedPointInAreaLocator(features.get(i).geometry()));
            index.insert(area.bounds(), i);
            bounds.expandToInclude(area.bounds());
        }
        index.build();
        this.areas = List.copyOf(projected);
        this.locators = List.copyOf(located);
    }

    public static AreaIndex empty() {
        return new AreaIndex(FeatureCollection.empty());
    }

    public List<Feature> features() {
        return features;
    }

    public int size() {
        return features.size();
    }

    public ProjectedArea area(int i) {
        return areas.get(i);
    }

    /** The bounds of every area in world units; null when there are none. */
    public Envelope bounds() {
        return bounds.isNull() ? null : bounds;
    }

    /** Visits the areas whose bounds meet a box of world units. */
    public void visit(Envelope box, ClusterLevel.Visitor visitor) {
        index.query(box, (ItemVisitor) item -> visitor.visit((Integer) item));
    }

    /** The area containing a point given in longitude/latitude, or -1. */
    public int at(double lon, double lat) {
        double x = WebMercator.x(lon);
        double y = WebMercator.y(lat);
        int[] found = {-1};
        Coordinate point = new Coordinate(lon, lat);
        visit(new Envelope(x, x, y, y), i -> {
            if (found[0] < 0 && locators.get(i).locate(point) != Location.EXTERIOR) {
                found[0] = i;
            }
        });
        return found[0];
    }
}
