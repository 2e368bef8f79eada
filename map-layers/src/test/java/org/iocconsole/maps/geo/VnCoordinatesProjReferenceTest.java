package org.iocconsole.maps.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Our VN-2000 conversions against PROJ, an independent implementation with the EPSG database: ten places from Điện
 * Biên Phủ to Nha Trang, in the geographic system, both national UTM zones and the TM-3 zones around them (see the
 * header of {@code vn2000-proj-reference.csv} for how the figures were made). The tolerance of 0.05 m is far below the
 * 1 m EPSG states for the datum shift itself and below what a map can show, yet a wrong sign of the rotations (about
 * 0.6 m here), a wrong central meridian or scale (kilometres, or metres) or another shift fails it.
 */
class VnCoordinatesProjReferenceTest {
    private static final double METRES = 0.05;
    private static final double DEGREES = METRES / 111_000;

    private record Pair(String place, double lon, double lat, int epsg, double x, double y) {}

    private final VnCoordinates vn = new VnCoordinates();

    @Test
    void wgs84ToVn2000MatchesProj() throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(30);
        for (Pair pair : pairs) {
            double[] ours = vn.transform(VnCoordinates.WGS84, pair.epsg(), pair.lon(), pair.lat());
            double tolerance = pair.epsg() == 4756 ? DEGREES : METRES;
            assertThat(Math.abs(ours[0] - pair.x()))
                    .as("%s EPSG:%d x", pair.place(), pair.epsg())
                    .isLessThan(tolerance);
            assertThat(Math.abs(ours[1] - pair.y()))
                    .as("%s EPSG:%d y", pair.place(), pair.epsg())
                    .isLessThan(tolerance);
        }
    }

    @Test
    void vn2000ToWgs84MatchesProj() throws IOException {
        for (Pair pair : pairs()) {
            double[] back = vn.transform(pair.epsg(), VnCoordinates.WGS84, pair.x(), pair.y());
            assertThat(Math.abs(back[0] - pair.lon()))
                    .as("%s EPSG:%d longitude", pair.place(), pair.epsg())
                    .isLessThan(DEGREES);
            assertThat(Math.abs(back[1] - pair.lat()))
                    .as("%s EPSG:%d latitude", pair.place(), pair.epsg())
                    .isLessThan(DEGREES);
        }
    }

    @Test
    void everyZoneOfTheReferenceIsCovered() throws IOException {
        List<Integer> codes = pairs().stream().map(Pair::epsg).distinct().toList();
        // The default province's own zone (Thái Nguyên, 106°30') and the national systems are among them.
        assertThat(codes).contains(4756, 3405, 3406, 9213, 5897, 5899);
        assertThat(codes).hasSizeGreaterThanOrEqualTo(12);
    }

    private static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                        VnCoordinatesProjReferenceTest.class.getResourceAsStream("vn2000-proj-reference.csv"));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                pairs.add(new Pair(
                        f[0],
                        Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]),
                        Integer.parseInt(f[3]),
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5])));
            }
        }
        return pairs;
    }
}
