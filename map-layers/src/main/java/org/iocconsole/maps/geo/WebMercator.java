package org.iocconsole.maps.geo;

/**
 * Web Mercator (the tile grid of OSM, MBTiles and Gluon Maps) in world units: x and y run from 0 to 1 across the
 * world, y downwards. At zoom z one unit is {@code 256 * 2^z} pixels. Thread-safe.
 */
public final class WebMercator {
    /** The latitude where the square world ends. */
    public static final double MAX_LAT = 85.0511287798;

    private WebMercator() {}

    public static double x(double lon) {
        return (lon + 180.0) / 360.0;
    }

    public static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double rad = Math.toRadians(clamped);
        return (1.0 - Math.log(Math.tan(rad) + 1.0 / Math.cos(rad)) / Math.PI) / 2.0;
    }

    public static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    public static double lat(double y) {
        double n = Math.PI * (1.0 - 2.0 * y);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Pixels per world unit at a (possibly fractional) zoom. */
    public static double scale(double zoom) {
        return 256.0 * Math.pow(2.0, zoom);
    }
}
