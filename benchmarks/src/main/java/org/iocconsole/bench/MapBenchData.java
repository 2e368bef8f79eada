package org.iocconsole.bench;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.iocconsole.maps.feature.FeatureCollection;
import org.iocconsole.maps.feature.PointFeature;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.geo.GeoJson;
import org.iocconsole.maps.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * The map benchmarks' data: the real communes of Thái Nguyên and the provinces of Vietnam (the demo province's
 * boundary files), and 100,000 report points spread over the communes, with a fixed seed.
 */
final class MapBenchData {
    static final int REPORTS = 100_000;
    static final List<String> STATES = List.of("overdue", "new", "in-progress", "done");
    private static final String VN = "/org/iocconsole/sync/demo/vn/";

    final AreaIndex communes;
    final AreaIndex provinces;
    final List<PointFeature> reports;

    MapBenchData() throws Exception {
        communes = new AreaIndex(read("communes-thai-nguyen.geojson"));
        provinces = new AreaIndex(read("provinces-2025.geojson"));
        reports = reports(communes, REPORTS, new Random(20251));
    }

    private static FeatureCollection read(String file) throws Exception {
        try (InputStream in = MapBenchData.class.getResourceAsStream(VN + file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return GeoJson.read(reader).features();
        }
    }

    /** Points inside the communes; denser towards the provincial capital, as reports are. */
    private static List<PointFeature> reports(AreaIndex communes, int count, Random random) {
        Envelope world = communes.bounds();
        double west = WebMercator.lon(world.getMinX());
        double east = WebMercator.lon(world.getMaxX());
        double north = WebMercator.lat(world.getMinY());
        double south = WebMercator.lat(world.getMaxY());
        List<PointFeature> points = new ArrayList<>(count);
        while (points.size() < count) {
            double lon;
            double lat;
            if (random.nextDouble() < 0.4) {
                lon = 105.84 + random.nextGaussian() * 0.04;
                lat = 21.59 + random.nextGaussian() * 0.04;
            } else {
                lon = west + random.nextDouble() * (east - west);
                lat = south + random.nextDouble() * (north - south);
            }
            if (communes.at(lon, lat) >= 0) {
                String state = STATES.get(random.nextInt(STATES.size()));
                points.add(new PointFeature("R" + points.size(), lon, lat, state, state));
            }
        }
        return points;
    }
}
