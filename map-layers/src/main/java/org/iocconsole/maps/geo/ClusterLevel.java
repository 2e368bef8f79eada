package org.iocconsole.maps.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The clusters of one zoom level (see {@link PointClusters}): positions in world units, sizes, status mixes and an
 * STRtree over them, so a frame visits only the visible clusters and a click finds its cluster without scanning.
 * Immutable; thread-safe.
 */
public final class ClusterLevel {
    private final int zoom;
    private final int kinds;
    private final double[] x;
    private final double[] y;
    private final int[] count;
    private final int[] mix;
    private final int[] first;
    private final STRtree index = new STRtree();

    ClusterLevel(int zoom, int kinds, double[] x, double[] y, int[] count, int[] mix, int[] first) {
        this.zoom = zoom;
        this.kinds = kinds;
        this.x = x;
        this.y = y;
        this.count = count;
        this.mix = mix;
        this.first = first;
        for (int i = 0; i < x.length; i++) {
            index.insert(new Envelope(x[i], x[i], y[i], y[i]), i);
        }
        index.build();
    }

    /** Receives the clusters of a query, by index; a primitive visitor, so a frame allocates nothing per cluster. */
    @FunctionalInterface
    public interface Visitor {
        void visit(int cluster);
    }

    public int zoom() {
        return zoom;
    }

    public int size() {
        return x.length;
    }

    public double x(int cluster) {
        return x[cluster];
    }

    public double y(int cluster) {
        return y[cluster];
    }

    public int count(int cluster) {
        return count[cluster];
    }

    /** How many points of category {@code kind} the cluster holds. */
    public int mix(int cluster, int kind) {
        return mix[cluster * kinds + kind];
    }

    /** A point of the cluster: the point itself when the cluster holds one. */
    public int firstPoint(int cluster) {
        return first[cluster];
    }

    /** Visits the clusters inside a box of world units. */
    public void visit(Envelope box, Visitor visitor) {
        index.query(box, (ItemVisitor) item -> visitor.visit((Integer) item));
    }

    /** The cluster nearest to a world position within {@code radius} world units, or -1. */
    public int nearest(double worldX, double worldY, double radius) {
        int[] best = {-1};
        double[] bestDistance = {radius * radius};
        visit(new Envelope(worldX - radius, worldX + radius, worldY - radius, worldY + radius), i -> {
            double dx = x[i] - worldX;
            double dy = y[i] - worldY;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance[0]) {
                bestDistance[0] = d;
                best[0] = i;
            }
        });
        return best[0];
    }
}
