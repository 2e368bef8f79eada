package org.iocconsole.maps.tiles;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.geo.ProjectedArea;
import org.locationtech.jts.geom.Envelope;

/**
 * A basemap drawn on the spot from boundaries, so the map is never blank without a tile package or a network: sea,
 * the land of every province, the communes of the province shown, and their borders. Drawn with Java 2D, which works
 * off the FX thread and without a display. Thread-safe.
 */
public final class GeneratedBasemap implements TileSource {
    /** The colour of the sea and of everything outside the provinces. */
    public static final int SEA = 0xFFCAD9E3;

    private static final Color LAND = new Color(0xE9E6DD);
    private static final Color COMMUNE = new Color(0xF6F3EA);
    private static final Color COMMUNE_BORDER = new Color(0xBDB4A3);
    private static final Color PROVINCE_BORDER = new Color(0x8C8271);
    private static final int SIZE = Tile.SIZE;

    private final AreaIndex provinces;
    private final AreaIndex communes;
    private final String attribution;

    /**
     * @param provinces the land to draw (every province, for context)
     * @param communes the communes drawn in more detail (the province shown)
     * @param attribution the credit of the boundary data
     */
    public GeneratedBasemap(AreaIndex provinces, AreaIndex communes, String attribution) {
        this.provinces = provinces;
        this.communes = communes;
        this.attribution = attribution;
    }

    @Override
    public Optional<Tile> tile(int zoom, long x, long y) {
        BufferedImage image = render(zoom, x, y);
        return Optional.of(new Tile.Pixels(image.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE)));
    }

    /** The tile as a Java 2D image. */
    BufferedImage render(int zoom, long x, long y) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(SEA, true));
            g.fillRect(0, 0, SIZE, SIZE);
            double tiles = 1L << zoom;
            double scale = SIZE * tiles;
            // A margin of a few pixels, so borders crossing the tile edge are drawn on both tiles.
            double margin = 4.0 / scale;
            Envelope box = new Envelope(
                    x / tiles - margin, (x + 1) / tiles + margin, y / tiles - margin, (y + 1) / tiles + margin);
            draw(g, provinces, box, zoom, scale, x, y, LAND, null, 0);
            draw(g, communes, box, zoom, scale, x, y, COMMUNE, COMMUNE_BORDER, zoom >= 10 ? 1.0f : 0.6f);
            draw(g, provinces, box, zoom, scale, x, y, null, PROVINCE_BORDER, zoom >= 9 ? 1.8f : 1.0f);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(
            Graphics2D g,
            AreaIndex areas,
            Envelope box,
            int zoom,
            double scale,
            long x,
            long y,
            Color fill,
            Color border,
            float width) {
        if (border != null) {
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        areas.visit(box, i -> {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            List<ProjectedArea.Ring> rings = areas.area(i).rings(zoom);
            for (ProjectedArea.Ring ring : rings) {
                for (int k = 0; k < ring.size(); k++) {
                    double px = ring.x()[k] * scale - x * SIZE;
                    double py = ring.y()[k] * scale - y * SIZE;
                    if (k == 0) {
                        path.moveTo(px, py);
                    } else {
                        path.lineTo(px, py);
                    }
                }
                path.closePath();
            }
            if (fill != null) {
                g.setColor(fill);
                g.fill(path);
            }
            if (border != null) {
                g.setColor(border);
                g.draw(path);
            }
        });
    }

    @Override
    public String name() {
        return "generated basemap";
    }

    @Override
    public String attribution() {
        return attribution;
    }
}
