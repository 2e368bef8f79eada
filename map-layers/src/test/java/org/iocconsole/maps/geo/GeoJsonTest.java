package org.iocconsole.maps.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.iocconsole.maps.feature.Feature;
import org.iocconsole.maps.geo.GeoJsonException.Problem;
import org.junit.jupiter.api.Test;

class GeoJsonTest {

    private static GeoJsonImport read(String json) throws Exception {
        return GeoJson.read(new StringReader(json));
    }

    private static String square(String id, double lon, double lat) {
        return "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"properties\":{\"name\":\"Phường " + id
                + "\",\"value\":4.5},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],["
                + (lon + 0.1) + "," + lat + "],[" + (lon + 0.1) + "," + (lat + 0.1) + "],[" + lon + ","
                + (lat + 0.1) + "],[" + lon + "," + lat + "]]]}}";
    }

    @Test
    void readsAndWritesAFeatureCollection() throws Exception {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[" + square("a", 105.8, 21.5) + ","
                + square("b", 106, 21.7) + "]}";
        GeoJsonImport imported = read(json);
        assertThat(imported.repaired()).isEmpty();
        List<Feature> features = imported.features().features();
        assertThat(features).extracting(Feature::id).containsExactly("a", "b");
        assertThat(features.get(0).text("name")).isEqualTo("Phường a");
        assertThat(features.get(0).geometry().getArea()).isCloseTo(0.01, org.assertj.core.api.Assertions.within(1e-9));

        GeoJsonImport again = read(GeoJson.write(imported.features()));
        assertThat(again.features().features()).extracting(Feature::id).containsExactly("a", "b");
        assertThat(again.features()
                        .features()
                        .get(1)
                        .geometry()
                        .equalsExact(features.get(1).geometry()))
                .isTrue();
        assertThat(again.features().features().get(0).properties()).containsEntry("value", 4.5);
    }

    @Test
    void repairsASelfIntersectingRingAndSaysWhich() throws Exception {
        // A bow tie: the ring crosses itself in the middle.
        String bowTie = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[105,21],[106,22],[106,21],[105,22],[105,21]]]}}";
        GeoJsonImport imported =
                read("{\"type\":\"FeatureCollection\",\"features\":[" + square("ok", 105, 21) + "," + bowTie + "]}");
        assertThat(imported.repaired()).containsExactly(2);
        assertThat(imported.features().features().get(1).geometry().isValid()).isTrue();
        assertThat(imported.features().features().get(1).geometry().getArea()).isGreaterThan(0);
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> read("{\"type\": \"FeatureCollection\",\n \"features\": [ }"))
                .isInstanceOfSatisfying(GeoJsonException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
                    assertThat(e.arguments().get(0)).isEqualTo(2);
                });
    }

    @Test
    void jsonThatIsNotGeoJsonIsNamed() {
        assertThatThrownBy(() -> read("{\"type\":\"Topology\"}"))
                .isInstanceOfSatisfying(
                        GeoJsonException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_GEOJSON));
    }

    @Test
    void latitudeFirstIsRecognised() {
        String swapped = "{\"type\":\"Point\",\"coordinates\":[21.59,105.84]}";
        assertThatThrownBy(() -> read(swapped)).isInstanceOfSatisfying(GeoJsonException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.AXES_SWAPPED);
            assertThat(e.arguments()).containsExactly(1, 21.59, 105.84);
        });
    }

    @Test
    void coordinatesOutsideTheWorldAreRefused() {
        String projected = "{\"type\":\"Point\",\"coordinates\":[435000.5,2388000.25]}";
        assertThatThrownBy(() -> read(projected))
                .isInstanceOfSatisfying(
                        GeoJsonException.class, e -> assertThat(e.problem()).isEqualTo(Problem.OUT_OF_RANGE));
    }

    @Test
    void missingCoordinatesAreABadGeometryOfThatFeature() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[" + square("a", 105, 21)
                + ",{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[105,\"x\"]]}}]}";
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(GeoJsonException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.BAD_GEOMETRY);
            assertThat(e.arguments()).containsExactly(2);
        });
    }
}
