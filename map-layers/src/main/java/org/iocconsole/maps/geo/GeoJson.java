package org.iocconsole.maps.geo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocconsole.maps.feature.Feature;
import org.iocconsole.maps.feature.FeatureCollection;
import org.iocconsole.maps.geo.GeoJsonException.Problem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * GeoJSON (RFC 7946) import and export of a layer's features. Import checks what hand-made files get wrong: malformed
 * JSON, coordinates outside the world or written latitude first, invalid geometries (repaired with JTS's
 * {@link GeometryFixer} when possible, else rejected); each gives a {@link GeoJsonException} saying where. Nothing is
 * half-imported: a file is read whole or not at all. Thread-safe; call off the FX thread.
 */
public final class GeoJson {
    /** The features' id property when a feature has no "id" member. */
    public static final String ID_PROPERTY = "id";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJson() {}

    /** Reads a FeatureCollection, a single Feature or a bare geometry. */
    public static GeoJsonImport read(Reader in) throws GeoJsonException, IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new GeoJsonException(
                    Problem.MALFORMED_JSON,
                    List.of(line, column),
                    "not JSON at line " + line + ", column " + column + ": " + e.getOriginalMessage());
        }
        String type = root == null ? null : root.path("type").asText(null);
        List<JsonNode> features = new ArrayList<>();
        if ("FeatureCollection".equals(type) && root.path("features").isArray()) {
            root.path("features").forEach(features::add);
        } else if ("Feature".equals(type)) {
            features.add(root);
        } else if (type != null && GeoJsonGeometry.isGeometryType(type)) {
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("type", "Feature");
            wrapper.set("geometry", root);
            features.add(wrapper);
        } else {
            String found = type == null ? "no type" : type;
            throw new GeoJsonException(Problem.NOT_GEOJSON, List.of(found), "not GeoJSON: " + found);
        }
        List<Feature> read = new ArrayList<>(features.size());
        List<Integer> repaired = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            int number = i + 1;
            JsonNode node = features.get(i);
            Geometry geometry = GeoJsonGeometry.parse(node.path("geometry"), number, FACTORY);
            if (geometry == null) {
                continue; // GeoJSON allows features without geometry; a map has nothing to draw for them
            }
            if (!geometry.isValid()) {
                Geometry fixed = GeometryFixer.fix(geometry);
                if (fixed.isEmpty() || !fixed.isValid()) {
                    throw new GeoJsonException(
                            Problem.INVALID_GEOMETRY,
                            List.of(number),
                            "feature " + number + " has an invalid geometry that cannot be repaired");
                }
                geometry = fixed;
                repaired.add(number);
            }
            Map<String, Object> properties = properties(node.path("properties"));
            String id = node.hasNonNull("id")
                    ? node.get("id").asText()
                    : properties.containsKey(ID_PROPERTY)
                            ? properties.get(ID_PROPERTY).toString()
                            : "f" + number;
            read.add(new Feature(id, geometry, properties));
        }
        return new GeoJsonImport(new FeatureCollection(read), repaired);
    }

    /** Writes the features as a FeatureCollection. */
    public static String write(FeatureCollection collection) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Feature feature : collection.features()) {
            ObjectNode node = features.addObject();
            node.put("type", "Feature");
            node.put("id", feature.id());
            node.set("geometry", GeoJsonGeometry.write(feature.geometry(), JSON));
            ObjectNode properties = node.putObject("properties");
            feature.properties().forEach((key, value) -> properties.set(key, JSON.valueToTree(value)));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }

    private static Map<String, Object> properties(JsonNode node) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                JsonNode value = entry.getValue();
                if (value.isNumber()) {
                    properties.put(entry.getKey(), value.numberValue());
                } else if (value.isBoolean()) {
                    properties.put(entry.getKey(), value.booleanValue());
                } else if (value.isTextual()) {
                    properties.put(entry.getKey(), value.textValue());
                } else if (!value.isNull()) {
                    properties.put(entry.getKey(), value.toString());
                }
            });
        }
        return properties;
    }
}
