package org.iocconsole.maps.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * One area feature ready to draw: its rings in world units (see {@link WebMercator}) simplified for each zoom band so a
 * frame never draws more vertices than pixels, its bounds and where its label goes. Immutable; thread-safe.
 */
public final class ProjectedArea {
    /** The first and last zoom with their own simplification; above the last the full outline is drawn. */
    static final int MIN_ZOOM = 5;

    static final int MAX_ZOOM = 15;

    private final Geometry geometry;
    private final Envelope bounds;
    private final double labelX;
    private final double labelY;
    private final List<List<Ring>> byZoom;

    /** A ring as parallel arrays of world coordinates. */
    public record Ring(double[] x, double[] y) {
        public int size() {
            return x.length;
        }
    }

    ProjectedArea(Geometry lonLat) {
        this.geometry = lonLat;
        Geometry world = toWorld(lonLat);
        this.bounds = world.getEnvelopeInternal();
        Point label = world.getInteriorPoint();
        this.labelX = label.isEmpty() ? bounds.centre().x : label.getX();
        this.labelY = label.isEmpty() ? bounds.centre().y : label.getY();
        List<List<Ring>> levels = new ArrayList<>();
        for (int z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
            double tolerance = 0.6 / WebMercator.scale(z);
            levels.add(rings(DouglasPeuckerSimplifier.simplify(world, tolerance)));
        }
        levels.add(rings(world));
        this.byZoom = List.copyOf(levels);
    }

    /** The outline in WGS 84 longitude/latitude, as it came. */
    public Geometry geometry() {
        return geometry;
    }

    public Envelope bounds() {
        return bounds;
    }

    public double labelX() {
        return labelX;
    }

    public double labelY() {
        return labelY;
    }

    /** The rings to draw at a zoom: exterior and interior rings of every polygon, simplified for it. */
    public List<Ring> rings(double zoom) {
        int z = (int) Math.floor(zoom);
        int band = Math.max(0, Math.min(byZoom.size() - 1, z - MIN_ZOOM));
        return byZoom.get(band);
    }

    private static Geometry toWorld(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            double lon = c.x;
            c.x = WebMercator.x(lon);
            c.y = WebMercator.y(c.y);
        });
        copy.geometryChanged();
        return copy;
    }

    /** The rings of a geometry; rings that simplification collapsed below a triangle are left out. */
    private static List<Ring> rings(Geometry world) {
        List<Ring> rings = new ArrayList<>();
        for (int i = 0; i < world.getNumGeometries(); i++) {
            Geometry part = world.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                rings.add(ring(polygon.getExteriorRing().getCoordinates()));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    rings.add(ring(polygon.getInteriorRingN(h).getCoordinates()));
                }
            } else if (part.getDimension() == 1) {
                rings.add(ring(part.getCoordinates()));
            }
        }
        rings.removeIf(ring -> ring.size() < 3);
        return List.copyOf(rings);
    }

    private static Ring ring(Coordinate[] coordinates) {
        double[] x = new double[coordinates.length];
        double[] y = new double[coordinates.length];
        for (int i = 0; i < coordinates.length; i++) {
            x[i] = coordinates[i].x;
            y[i] = coordinates[i].y;
        }
        return new Ring(x, y);
    }
}
