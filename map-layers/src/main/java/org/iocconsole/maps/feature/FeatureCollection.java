package org.iocconsole.maps.feature;

import java.util.List;

/**
 * Features of one layer, in drawing order. What the console hands to the map and what GeoJSON import and export read
 * and write. Immutable; thread-safe.
 */
public record FeatureCollection(List<Feature> features) {

    public FeatureCollection {
        features = List.copyOf(features);
    }

    public static FeatureCollection empty() {
        return new FeatureCollection(List.of());
    }

    public int size() {
        return features.size();
    }
}
