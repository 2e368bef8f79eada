package org.iocconsole.maps.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.iocconsole.maps.geo.GeoJsonException.Problem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** GeoJSON geometry objects to and from JTS, with the coordinate checks of {@link GeoJson}. Thread-safe. */
final class GeoJsonGeometry {
    private static final Set<String> TYPES = Set.of(
            "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    private GeoJsonGeometry() {}

    static boolean isGeometryType(String type) {
        return TYPES.contains(type);
    }

    /** The geometry, or null when the feature has none. */
    static Geometry parse(JsonNode node, int feature, GeometryFactory factory) throws GeoJsonException {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String type = node.path("type").asText("");
        JsonNode c = node.path("coordinates");
        switch (type) {
            case "Point":
                return factory.createPoint(coordinate(c, feature));
            case "MultiPoint":
                return factory.createMultiPointFromCoords(coordinates(c, feature));
            case "LineString":
                return line(c, feature, factory);
            case "MultiLineString": {
                LineString[] lines = new LineString[array(c, feature).size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = line(c.get(i), feature, factory);
                }
                return factory.createMultiLineString(lines);
            }
            case "Polygon":
                return polygon(c, feature, factory);
            case "MultiPolygon": {
                Polygon[] polygons = new Polygon[array(c, feature).size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(c.get(i), feature, factory);
                }
                return factory.createMultiPolygon(polygons);
            }
            case "GeometryCollection": {
                JsonNode parts = node.path("geometries");
                Geometry[] geometries = new Geometry[array(parts, feature).size()];
                for (int i = 0; i < geometries.length; i++) {
                    geometries[i] = parse(parts.get(i), feature, factory);
                }
                return factory.createGeometryCollection(geometries);
            }
            default:
                throw bad(feature);
        }
    }

    private static LineString line(JsonNode c, int feature, GeometryFactory factory) throws GeoJsonException {
        Coordinate[] points = coordinates(c, feature);
        if (points.length == 1) {
            throw bad(feature);
        }
        return factory.createLineString(points);
    }

    private static Polygon polygon(JsonNode c, int feature, GeometryFactory factory) throws GeoJsonException {
        ArrayNode rings = array(c, feature);
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing[] all = new LinearRing[rings.size()];
        for (int i = 0; i < all.length; i++) {
            Coordinate[] points = coordinates(rings.get(i), feature);
            if (points.length < 4) {
                throw bad(feature);
            }
            if (!points[0].equals2D(points[points.length - 1])) {
                // An unclosed ring is a common slip; closing it is the only sensible reading.
                Coordinate[] closed = Arrays.copyOf(points, points.length + 1);
                closed[points.length] = points[0].copy();
                points = closed;
            }
            all[i] = factory.createLinearRing(points);
        }
        return factory.createPolygon(all[0], Arrays.copyOfRange(all, 1, all.length));
    }

    private static Coordinate[] coordinates(JsonNode c, int feature) throws GeoJsonException {
        ArrayNode list = array(c, feature);
        Coordinate[] points = new Coordinate[list.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = coordinate(list.get(i), feature);
        }
        return points;
    }

    private static Coordinate coordinate(JsonNode c, int feature) throws GeoJsonException {
        if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw bad(feature);
        }
        double x = c.get(0).doubleValue();
        double y = c.get(1).doubleValue();
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90) {
            boolean swapped = Math.abs(y) <= 180 && Math.abs(x) <= 90 && Math.abs(y) > 90;
            Problem problem = swapped ? Problem.AXES_SWAPPED : Problem.OUT_OF_RANGE;
            throw new GeoJsonException(
                    problem,
                    List.of(feature, x, y),
                    "feature " + feature + (swapped ? " has latitude first: " : " lies outside the world: ") + x + ", "
                            + y);
        }
        return new Coordinate(x, y);
    }

    private static ArrayNode array(JsonNode node, int feature) throws GeoJsonException {
        if (!node.isArray()) {
            throw bad(feature);
        }
        return (ArrayNode) node;
    }

    private static GeoJsonException bad(int feature) {
        return new GeoJsonException(
                Problem.BAD_GEOMETRY, List.of(feature), "feature " + feature + " has no usable geometry");
    }

    static JsonNode write(Geometry g, ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("type", g.getGeometryType());
        if (g instanceof Point point) {
            node.set("coordinates", position(point.getCoordinate(), json));
        } else if (g instanceof LineString line) {
            node.set("coordinates", positions(line.getCoordinates(), json));
        } else if (g instanceof Polygon polygon) {
            node.set("coordinates", rings(polygon, json));
        } else if (g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon) {
            ArrayNode parts = node.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(write(g.getGeometryN(i), json).get("coordinates"));
            }
        } else if (g instanceof GeometryCollection) {
            ArrayNode parts = node.putArray("geometries");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(write(g.getGeometryN(i), json));
            }
        }
        return node;
    }

    private static ArrayNode rings(Polygon polygon, ObjectMapper json) {
        ArrayNode rings = json.createArrayNode();
        rings.add(positions(polygon.getExteriorRing().getCoordinates(), json));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i).getCoordinates(), json));
        }
        return rings;
    }

    private static ArrayNode positions(Coordinate[] points, ObjectMapper json) {
        ArrayNode list = json.createArrayNode();
        for (Coordinate point : List.of(points)) {
            list.add(position(point, json));
        }
        return list;
    }

    private static ArrayNode position(Coordinate c, ObjectMapper json) {
        ArrayNode position = json.createArrayNode();
        position.add(c.x);
        position.add(c.y);
        return position;
    }
}
