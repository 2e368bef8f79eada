package org.iocconsole.maps.geo;

import java.util.Arrays;

/**
 * Class breaks for a choropleth: the upper bound of each class, ascending, the last being the maximum. Quantile puts
 * about as many units in each class; equal interval splits the range evenly; natural breaks (Jenks) minimises the
 * spread within classes. Thread-safe.
 */
public final class ClassBreaks {
    /** How to place the breaks. */
    public enum Method {
        QUANTILE,
        EQUAL_INTERVAL,
        NATURAL_BREAKS
    }

    private ClassBreaks() {}

    /**
     * Upper bounds of at most {@code classes} classes over the values (NaN ignored); fewer when there are fewer
     * distinct values; empty for no values.
     */
    public static double[] of(Method method, double[] values, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("at least one class: " + classes);
        }
        double[] sorted =
                Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return new double[0];
        }
        int k = (int) Math.min(classes, Arrays.stream(sorted).distinct().count());
        double[] breaks;
        switch (method) {
            case QUANTILE:
                breaks = quantile(sorted, k);
                break;
            case EQUAL_INTERVAL:
                breaks = equalInterval(sorted, k);
                break;
            default:
                breaks = jenks(sorted, k);
        }
        return Arrays.stream(breaks).distinct().toArray();
    }

    /** The class of a value: the first whose upper bound is at least the value; -1 for NaN. */
    public static int classOf(double[] breaks, double value) {
        if (Double.isNaN(value) || breaks.length == 0) {
            return -1;
        }
        for (int i = 0; i < breaks.length; i++) {
            if (value <= breaks[i]) {
                return i;
            }
        }
        return breaks.length - 1;
    }

    private static double[] quantile(double[] sorted, int k) {
        double[] breaks = new double[k];
        for (int i = 1; i <= k; i++) {
            int index = (int) Math.ceil(i * sorted.length / (double) k) - 1;
            breaks[i - 1] = sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
        return breaks;
    }

    private static double[] equalInterval(double[] sorted, int k) {
        double min = sorted[0];
        double step = (sorted[sorted.length - 1] - min) / k;
        double[] breaks = new double[k];
        for (int i = 1; i <= k; i++) {
            breaks[i - 1] = i == k ? sorted[sorted.length - 1] : min + step * i;
        }
        return breaks;
    }

    /** Jenks's dynamic programme over the sorted values: O(k·n²), fine for the hundred-odd units of a province. */
    private static double[] jenks(double[] sorted, int k) {
        int n = sorted.length;
        double[][] cost = new double[k + 1][n + 1];
        int[][] start = new int[k + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        double[] sum = new double[n + 1];
        double[] squares = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sum[i + 1] = sum[i] + sorted[i];
            squares[i + 1] = squares[i] + sorted[i] * sorted[i];
        }
        for (int c = 1; c <= k; c++) {
            for (int end = c; end <= n; end++) {
                for (int from = c - 1; from < end; from++) {
                    if (cost[c - 1][from] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    int count = end - from;
                    double s = sum[end] - sum[from];
                    double spread = squares[end] - squares[from] - s * s / count;
                    double total = cost[c - 1][from] + spread;
                    if (total < cost[c][end]) {
                        cost[c][end] = total;
                        start[c][end] = from;
                    }
                }
            }
        }
        double[] breaks = new double[k];
        int end = n;
        for (int c = k; c >= 1; c--) {
            breaks[c - 1] = sorted[end - 1];
            end = start[c][end];
        }
        return breaks;
    }
}
