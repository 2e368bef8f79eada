package org.iocconsole.console.scenario;

import java.util.List;

/**
 * The part of the earth the editor's small map shows, north up, fitted into a canvas with a margin: turns lon, lat
 * into pixels and a click back into lon, lat. Longitudes are stretched by the cosine of the middle latitude, so the
 * province keeps its shape. Immutable.
 */
record EditorMapFrame(double west, double south, double east, double north, double width, double height) {
    static final double MARGIN = 10;

    /** Where nothing is known yet: Viet Nam. */
    static final double[] COUNTRY = {102.1, 8.5, 109.5, 23.4};

    /** The frame around every corner in {@code rings} (flat lon, lat arrays), or {@link #COUNTRY} when there is none. */
    static EditorMapFrame around(List<double[]> rings, double width, double height) {
        double west = Double.MAX_VALUE, south = Double.MAX_VALUE, east = -Double.MAX_VALUE, north = -Double.MAX_VALUE;
        for (double[] ring : rings) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                west = Math.min(west, ring[i]);
                east = Math.max(east, ring[i]);
                south = Math.min(south, ring[i + 1]);
                north = Math.max(north, ring[i + 1]);
            }
        }
        if (west > east) {
            return new EditorMapFrame(COUNTRY[0], COUNTRY[1], COUNTRY[2], COUNTRY[3], width, height);
        }
        // A single point still gets a little of the country around it.
        double pad = 0.01;
        return new EditorMapFrame(west - pad, south - pad, east + pad, north + pad, width, height);
    }

    private double stretch() {
        return Math.cos(Math.toRadians((south + north) / 2));
    }

    /** Pixels per degree of latitude, the same on both axes once longitudes are stretched. */
    private double scale() {
        double spanX = (east - west) * stretch();
        double spanY = north - south;
        return Math.min((width - 2 * MARGIN) / spanX, (height - 2 * MARGIN) / spanY);
    }

    private double offsetX() {
        return (width - (east - west) * stretch() * scale()) / 2;
    }

    private double offsetY() {
        return (height - (north - south) * scale()) / 2;
    }

    double x(double lon) {
        return offsetX() + (lon - west) * stretch() * scale();
    }

    double y(double lat) {
        return offsetY() + (north - lat) * scale();
    }

    /** The lon, lat under a pixel. */
    double[] lonLat(double x, double y) {
        return new double[] {west + (x - offsetX()) / (stretch() * scale()), north - (y - offsetY()) / scale()};
    }
}
