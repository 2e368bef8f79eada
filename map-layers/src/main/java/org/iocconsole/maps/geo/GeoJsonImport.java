package org.iocconsole.maps.geo;

import java.util.List;
import org.iocconsole.maps.feature.FeatureCollection;

/**
 * What an import read: the features, and the numbers (from 1) of the features whose invalid geometry was repaired
 * (self-intersecting rings and the like), so the user can be told. Immutable.
 */
public record GeoJsonImport(FeatureCollection features, List<Integer> repaired) {

    public GeoJsonImport {
        repaired = List.copyOf(repaired);
    }
}
