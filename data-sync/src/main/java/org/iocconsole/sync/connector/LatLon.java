package org.iocconsole.sync.connector;

/**
 * A WGS 84 position read leniently: a report or place whose coordinates are absent, not numbers, out of range or
 * the placeholder {@code 0,0} keeps no position but is not dropped. Immutable.
 */
public record LatLon(double lat, double lon) {

    /** The position, or null when the two values do not make a valid one. */
    public static LatLon of(Object lat, Object lon) {
        Double y = number(lat);
        Double x = number(lon);
        if (y == null || x == null || y < -90 || y > 90 || x < -180 || x > 180 || (y == 0 && x == 0)) {
            return null;
        }
        return new LatLon(y, x);
    }

    private static Double number(Object value) {
        double d;
        if (value instanceof Number number) {
            d = number.doubleValue();
        } else if (value instanceof String text) {
            try {
                d = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(d) ? d : null;
    }
}
