package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * A current commune, ward or special zone of the demo province, with its outline and the pre-reform units it was
 * formed from.
 */
record Commune(
        UnitRow unit,
        JsonNode geometryJson,
        PreparedGeometry outline,
        Point centre,
        double areaKm2,
        List<UnitRow> formedFrom) {

    String code() {
        return unit.code();
    }

    String name() {
        return unit.name();
    }

    String fullName() {
        return unit.fullName();
    }

    boolean urban() {
        return "Phường".equals(unit.type());
    }

    /** Whether people live there by the records: a unit formed only from a district (Hoàng Sa) has no communes. */
    boolean inhabited() {
        return formedFrom.stream().anyMatch(row -> "commune".equals(row.level()));
    }

    /** The old communes this one was formed from (no districts). */
    List<UnitRow> oldCommunes() {
        return formedFrom.stream().filter(row -> "commune".equals(row.level())).toList();
    }

    /**
     * A point inside the outline: near the centre when {@code spread} is small, anywhere when it is 1. Falls back to
     * the centre, which lies inside by construction.
     */
    Coordinate randomPoint(SplittableRandom random, double spread) {
        Envelope box = outline.getGeometry().getEnvelopeInternal();
        double sigmaX = Math.max(1e-4, box.getWidth() * spread / 2);
        double sigmaY = Math.max(1e-4, box.getHeight() * spread / 2);
        for (int attempt = 0; attempt < 40; attempt++) {
            double x = centre.getX() + random.nextGaussian() * sigmaX;
            double y = centre.getY() + random.nextGaussian() * sigmaY;
            if (contains(x, y)) {
                return new Coordinate(round(x), round(y));
            }
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            double x = box.getMinX() + random.nextDouble() * box.getWidth();
            double y = box.getMinY() + random.nextDouble() * box.getHeight();
            if (contains(x, y)) {
                return new Coordinate(round(x), round(y));
            }
        }
        return new Coordinate(round(centre.getX()), round(centre.getY()));
    }

    /** Whether the point lies inside, also after rounding to the 6 decimals the demo writes. */
    boolean contains(double lon, double lat) {
        return outline.contains(GeoJsonGeometry.factory().createPoint(new Coordinate(round(lon), round(lat))));
    }

    /** Six decimals (about 0.1 m) are plenty and keep the JSON short. */
    static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
