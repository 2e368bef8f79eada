package org.iocconsole.maps.geo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iocconsole.maps.feature.PointFeature;

/**
 * Points grouped into clusters for every zoom level, computed once off the FX thread so that a frame only looks up the
 * level of its zoom and draws what is visible. At {@link #pointZoom()} and above every point stands alone; below,
 * points whose grid cell of {@code cellPixels} at that zoom is the same merge into one cluster at their mean position,
 * keeping how many of each category it holds (its status mix). Immutable after {@link #build}; thread-safe.
 */
public final class PointClusters {
    private final List<PointFeature> points;
    private final List<String> categories;
    private final ClusterLevel[] levels;

    private PointClusters(List<PointFeature> points, List<String> categories, ClusterLevel[] levels) {
        this.points = points;
        this.categories = categories;
        this.levels = levels;
    }

    /**
     * Clusters the points for zooms 0 to {@code pointZoom}.
     *
     * @param categories the categories in the order mixes count them; a point of another category counts as the last
     * @param cellPixels the size of a cluster's grid cell on screen
     */
    public static PointClusters build(
            List<PointFeature> points, List<String> categories, int pointZoom, double cellPixels) {
        List<PointFeature> copy = List.copyOf(points);
        int kinds = categories.size();
        Map<String, Integer> categoryIndex = new HashMap<>();
        for (int i = 0; i < kinds; i++) {
            categoryIndex.put(categories.get(i), i);
        }
        int n = copy.size();
        double[] x = new double[n];
        double[] y = new double[n];
        int[] mix = new int[n * kinds];
        int[] first = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            PointFeature p = copy.get(i);
            x[i] = WebMercator.x(p.lon());
            y[i] = WebMercator.y(p.lat());
            mix[i * kinds + categoryIndex.getOrDefault(p.category(), kinds - 1)] = 1;
            first[i] = i;
            count[i] = 1;
        }
        ClusterLevel[] levels = new ClusterLevel[pointZoom + 1];
        levels[pointZoom] = new ClusterLevel(pointZoom, kinds, x, y, count, mix, first);
        for (int z = pointZoom - 1; z >= 0; z--) {
            levels[z] = merge(levels[z + 1], z, cellPixels, kinds);
        }
        return new PointClusters(copy, List.copyOf(categories), levels);
    }

    private static ClusterLevel merge(ClusterLevel finer, int zoom, double cellPixels, int kinds) {
        double cells = WebMercator.scale(zoom) / cellPixels;
        Map<Long, Integer> byCell = new HashMap<>();
        int n = finer.size();
        double[] sx = new double[n];
        double[] sy = new double[n];
        int[] count = new int[n];
        int[] mix = new int[n * kinds];
        int[] first = new int[n];
        int made = 0;
        for (int i = 0; i < n; i++) {
            long cell = ((long) Math.floor(finer.x(i) * cells) << 32) ^ (long) Math.floor(finer.y(i) * cells);
            Integer target = byCell.get(cell);
            int t;
            if (target == null) {
                t = made++;
                byCell.put(cell, t);
                first[t] = finer.firstPoint(i);
            } else {
                t = target;
            }
            int c = finer.count(i);
            sx[t] += finer.x(i) * c;
            sy[t] += finer.y(i) * c;
            count[t] += c;
            for (int k = 0; k < kinds; k++) {
                mix[t * kinds + k] += finer.mix(i, k);
            }
        }
        for (int t = 0; t < made; t++) {
            sx[t] /= count[t];
            sy[t] /= count[t];
        }
        return new ClusterLevel(
                zoom,
                kinds,
                Arrays.copyOf(sx, made),
                Arrays.copyOf(sy, made),
                Arrays.copyOf(count, made),
                Arrays.copyOf(mix, made * kinds),
                Arrays.copyOf(first, made));
    }

    /** The level to draw at a (fractional) zoom: the one of its integer part, clamped to the levels there are. */
    public ClusterLevel level(double zoom) {
        int z = (int) Math.floor(zoom);
        return levels[Math.max(0, Math.min(levels.length - 1, z))];
    }

    /** The zoom from which every point stands alone. */
    public int pointZoom() {
        return levels.length - 1;
    }

    public List<PointFeature> points() {
        return points;
    }

    public List<String> categories() {
        return categories;
    }
}
