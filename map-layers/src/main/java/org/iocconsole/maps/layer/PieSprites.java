package org.iocconsole.maps.layer;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cluster pies drawn once and then copied: through a zoom the same clusters show for a whole zoom level, and copying a
 * small image costs far less than filling its arcs again with smooth edges. A pie is kept by its count and each
 * category's share in whole degrees, drawn at the screen's pixel scale; the least recently used go beyond a bound.
 * FX thread only.
 */
final class PieSprites {
    /** Shares are packed 9 bits (0 to 360 degrees) each into a long. */
    static final int MAX_CATEGORIES = 7;

    private static final int KEPT = 2048;
    private static final BasicStroke RIM = new BasicStroke(1.5f);
    /**
     * The disc under the count. Opaque: the software pipeline copies opaque pixels of the layers' image into a frame
     * faster than it blends translucent ones (a tenth of white over the pie measured 0.6 ms more per pan).
     */
    private static final java.awt.Color HALO = java.awt.Color.WHITE;

    private static final Font FONT = LabelFonts.bold(11);

    private final java.awt.Color[] palette;
    private final Map<Key, BufferedImage> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
            return size() > KEPT;
        }
    };
    private final Arc2D.Double arc = new Arc2D.Double();
    private final Ellipse2D.Double disc = new Ellipse2D.Double();
    private double pixelScale = 1;

    PieSprites(java.awt.Color[] palette) {
        if (palette.length > MAX_CATEGORIES) {
            throw new IllegalArgumentException("a pie shows at most " + MAX_CATEGORIES + " categories");
        }
        this.palette = palette.clone();
    }

    /** Its degrees of the pie by category, packed; cumulative rounding, so that they add up to 360. */
    static long shares(int count, int[] parts) {
        long packed = 0;
        int sum = 0;
        int before = 0;
        for (int k = 0; k < parts.length; k++) {
            sum += parts[k];
            int upTo = (int) Math.round(360.0 * sum / count);
            packed |= (long) (upTo - before) << (9 * k);
            before = upTo;
        }
        return packed;
    }

    /** The pie of a cluster at a pixel scale, drawn now if not kept. Its centre is its middle pixel corner. */
    BufferedImage sprite(int count, long shares, double scale) {
        if (scale != pixelScale) {
            kept.clear();
            pixelScale = scale;
        }
        return kept.computeIfAbsent(new Key(count, shares), key -> draw(count, shares, scale));
    }

    private BufferedImage draw(int count, long shares, double scale) {
        double r = count == 1 ? ClusterLayer.POINT_RADIUS : ClusterLayer.radius(count);
        int half = (int) Math.ceil((r + 2) * scale);
        BufferedImage sprite = new BufferedImage(2 * half, 2 * half, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = sprite.createGraphics();
        try {
            Java2d.smooth(g);
            g.translate(half, half);
            g.scale(scale, scale);
            disc.setFrame(-r, -r, 2 * r, 2 * r);
            double start = 90;
            boolean first = true;
            for (int k = 0; k < palette.length; k++) {
                int extent = (int) (shares >>> (9 * k)) & 0x1ff;
                if (extent > 0) {
                    g.setColor(palette[k]);
                    // The first share fills the whole disc and the others lie over it, so their smooth edges blend
                    // into a colour, not into nothing: no translucent seams for the render thread to blend.
                    if (first) {
                        g.fill(disc);
                    } else {
                        arc.setArc(-r, -r, 2 * r, 2 * r, start, extent, Arc2D.PIE);
                        g.fill(arc);
                    }
                    first = false;
                    start += extent;
                }
            }
            g.setColor(java.awt.Color.WHITE);
            g.setStroke(RIM);
            g.draw(disc);
            if (count > 1) {
                g.setColor(HALO);
                disc.setFrame(-r * 0.55, -r * 0.55, r * 1.1, r * 1.1);
                g.fill(disc);
                g.setColor(java.awt.Color.BLACK);
                g.setFont(FONT);
                Java2d.centred(g, count < 1000 ? Integer.toString(count) : (count / 1000) + "k", 0, 0);
            }
        } finally {
            g.dispose();
        }
        return sprite;
    }

    private record Key(int count, long shares) {}
}
