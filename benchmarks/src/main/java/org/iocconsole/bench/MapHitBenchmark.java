package org.iocconsole.bench;

import java.util.Random;
import org.iocconsole.maps.feature.PointFeature;
import org.iocconsole.maps.geo.ClusterLevel;
import org.iocconsole.maps.geo.PointClusters;
import org.iocconsole.maps.geo.WebMercator;

/**
 * A click among 100,000 report points: the STRtree lookup of the nearest point within the click's reach, at the zoom
 * where every point stands alone, as the map's report layer does it. Clicks fall near random points and on empty
 * ground alike.
 */
final class MapHitBenchmark implements Benchmark {
    private static final int CLICKS = 20_000;

    @Override
    public String name() {
        return "map-hit";
    }

    @Override
    public String description() {
        return "ms: median time to find the point under a click among 100,000 report points (also p99_ms)";
    }

    @Override
    public void run(Results results) throws Exception {
        MapBenchData data = new MapBenchData();
        long built = System.nanoTime();
        PointClusters clusters = PointClusters.build(data.reports, MapBenchData.STATES, 16, 56);
        results.note(data.reports.size() + " points, clustered for zooms 0-16 in "
                + (System.nanoTime() - built) / 1_000_000 + " ms");
        ClusterLevel level = clusters.level(16);
        double reach = 10 / WebMercator.scale(16);
        Random random = new Random(7);
        double[] times = new double[CLICKS];
        int hits = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < CLICKS; i++) {
                PointFeature near = data.reports.get(random.nextInt(data.reports.size()));
                double x = WebMercator.x(near.lon()) + (random.nextDouble() - 0.5) * 4 * reach;
                double y = WebMercator.y(near.lat()) + (random.nextDouble() - 0.5) * 4 * reach;
                long start = System.nanoTime();
                int hit = level.nearest(x, y, reach);
                times[i] = (System.nanoTime() - start) / 1e6;
                if (hit >= 0) {
                    hits++;
                }
            }
        }
        results.note(CLICKS + " clicks measured after as many to warm up; " + hits / 2 + " hit a point");
        results.report("ms", IngestBenchmark.median(times));
        double[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        results.report("p99_ms", sorted[(int) (sorted.length * 0.99)]);
    }
}
