package org.iocconsole.maps.feature;

import java.util.Objects;

/**
 * A point of a point layer (a citizen report, a camera, a facility): where it is and which category it draws as. The
 * category is the layer's word (a report's state, a facility's kind); {@code label} is what a tooltip shows.
 * Immutable; thread-safe.
 */
public record PointFeature(String id, double lon, double lat, String category, String label) {

    public PointFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("point " + id + " outside the world: lon " + lon + ", lat " + lat);
        }
    }
}
