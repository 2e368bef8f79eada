package org.iocconsole.maps.feature;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layer: an id, a geometry in WGS 84 longitude/latitude and plain properties (strings, numbers,
 * booleans). Immutable; thread-safe.
 */
public record Feature(String id, Geometry geometry, Map<String, Object> properties) {

    public Feature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geometry, "geometry");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** A property as text, or null when absent. */
    public String text(String key) {
        Object value = properties.get(key);
        return value == null ? null : value.toString();
    }
}
