package org.iocconsole.console.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The outer rings of a GeoJSON Polygon or MultiPolygon as flat lon, lat arrays, for the location sketch. Anything else
 * (no geometry, unreadable text) gives no rings. Also draws the communes under the scenario editor's map. Thread-safe; called off the FX thread.
 */
public final class CommuneOutline {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The sketch is 180 pixels wide: more points than this per ring only cost time. */
    private static final int MAX_POINTS = 400;

    private CommuneOutline() {}

    public static List<double[]> rings(String geometry) {
        if (geometry == null || geometry.isBlank()) {
            return List.of();
        }
        try {
            JsonNode root = MAPPER.readTree(geometry);
            List<double[]> rings = new ArrayList<>();
            String type = root.path("type").asText();
            JsonNode coordinates = root.path("coordinates");
            if ("Polygon".equals(type)) {
                rings.add(ring(coordinates.path(0)));
            } else if ("MultiPolygon".equals(type)) {
                for (JsonNode polygon : coordinates) {
                    rings.add(ring(polygon.path(0)));
                }
            }
            rings.removeIf(r -> r.length < 6);
            return rings;
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static double[] ring(JsonNode points) {
        int n = points.size();
        int step = Math.max(1, n / MAX_POINTS);
        List<Double> flat = new ArrayList<>();
        for (int i = 0; i < n; i += step) {
            JsonNode p = points.get(i);
            if (p.size() >= 2 && p.get(0).isNumber() && p.get(1).isNumber()) {
                flat.add(p.get(0).asDouble());
                flat.add(p.get(1).asDouble());
            }
        }
        double[] ring = new double[flat.size()];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = flat.get(i);
        }
        return ring;
    }
}
