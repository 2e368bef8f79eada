package org.iocconsole.maps.geo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Conversions between WGS 84 and VN-2000, the national reference system of Vietnam (Decision 83/2000/QĐ-TTg): its
 * geographic CRS (EPSG:4756), the national UTM zones 48N and 49N (EPSG:3405, 3406), the TM-3 zones (EPSG:5896–5899)
 * and the provincial TM-3 zones (EPSG:9205–9218, Circular 973/2001/TT-TCĐC). Proj4J's EPSG list knows only 4756, 3405
 * and 3406, so the TM-3 zones are defined here from their EPSG parameters (Transverse Mercator, scale 0.9999, false
 * easting 500 000 m) on the same datum shift (seven parameters of Decision 05/2007/QĐ-BTNMT as in EPSG:4756).
 * Thread-safe.
 */
public final class VnCoordinates {
    /** WGS 84 longitude/latitude. */
    public static final int WGS84 = 4326;

    private static final String DATUM = "+ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,"
            + "0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs";
    private static final Map<Integer, String> TM3;

    static {
        Map<Integer, String> zones = new LinkedHashMap<>();
        zones.put(5896, tm3(102.0)); // VN-2000 / TM-3 zone 481
        zones.put(5897, tm3(105.0)); // VN-2000 / TM-3 zone 482
        zones.put(5898, tm3(108.0)); // VN-2000 / TM-3 zone 491
        zones.put(5899, tm3(107.75)); // VN-2000 / TM-3 Da Nang zone
        double[] meridians = {
            103.0, 104.0, 104.5, 104.75, 105.5, 105.75, 106.0, 106.25, 106.5, 107.0, 107.25, 107.5, 108.25, 108.5
        };
        for (int i = 0; i < meridians.length; i++) {
            zones.put(9205 + i, tm3(meridians[i])); // VN-2000 / TM-3 103-00 … 108-30
        }
        TM3 = Collections.unmodifiableMap(zones);
    }

    private final CRSFactory crs = new CRSFactory();
    private final CoordinateTransformFactory transforms = new CoordinateTransformFactory();
    private final Map<Long, CoordinateTransform> cache = new ConcurrentHashMap<>();

    private static String tm3(double meridian) {
        return "+proj=tmerc +lat_0=0 +lon_0=" + meridian + " +k=0.9999 +x_0=500000 +y_0=0 " + DATUM;
    }

    /** The EPSG codes this class converts between, besides WGS 84. */
    public static Iterable<Integer> supportedCodes() {
        java.util.List<Integer> codes = new java.util.ArrayList<>(java.util.List.of(4756, 3405, 3406));
        codes.addAll(TM3.keySet());
        return codes;
    }

    /**
     * Converts a point; x is the longitude or easting, y the latitude or northing.
     *
     * @throws IllegalArgumentException for an EPSG code not in {@link #supportedCodes()}
     */
    public double[] transform(int fromEpsg, int toEpsg, double x, double y) {
        CoordinateTransform transform = cache.computeIfAbsent(
                ((long) fromEpsg << 32) | toEpsg,
                key -> transforms.createTransform(reference(fromEpsg), reference(toEpsg)));
        ProjCoordinate out = new ProjCoordinate();
        // Proj4J's transforms keep state while they run: one at a time per transform.
        synchronized (transform) {
            transform.transform(new ProjCoordinate(x, y), out);
        }
        return new double[] {out.x, out.y};
    }

    private CoordinateReferenceSystem reference(int epsg) {
        if (epsg == WGS84 || epsg == 4756 || epsg == 3405 || epsg == 3406) {
            return crs.createFromName("EPSG:" + epsg);
        }
        String parameters = TM3.get(epsg);
        if (parameters == null) {
            throw new IllegalArgumentException("EPSG:" + epsg + " is not a VN-2000 system this map knows");
        }
        return crs.createFromParameters("EPSG:" + epsg, parameters);
    }
}
