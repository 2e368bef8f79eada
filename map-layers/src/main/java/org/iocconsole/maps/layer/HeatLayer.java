package org.iocconsole.maps.layer;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import javafx.scene.paint.Color;
import org.iocconsole.maps.feature.WeightedPoint;
import org.iocconsole.maps.geo.Viewport;
import org.iocconsole.maps.geo.WebMercator;

/**
 * A heat map of events (citizen reports received) within a time window: weights summed on a coarse screen grid,
 * smoothed, and drawn as one scaled image from transparent through yellow to red. Its buffers are kept between frames.
 * FX thread only.
 */
public final class HeatLayer extends CanvasLayer {
    /** Screen pixels per grid cell. */
    static final int CELL = 6;

    private double[] x = new double[0];
    private double[] y = new double[0];
    private long[] at = new long[0];
    private double[] weight = new double[0];
    private long from = Long.MIN_VALUE;
    private long to = Long.MAX_VALUE;
    private double[] grid = new double[0];
    private double[] smooth = new double[0];
    private int[] pixels = new int[0];
    private BufferedImage image;

    public HeatLayer(String id) {
        super(id);
    }

    public void setPoints(List<WeightedPoint> points) {
        int n = points.size();
        double[] nx = new double[n];
        double[] ny = new double[n];
        long[] nat = new long[n];
        double[] nw = new double[n];
        for (int i = 0; i < n; i++) {
            WeightedPoint p = points.get(i);
            nx[i] = WebMercator.x(p.lon());
            ny[i] = WebMercator.y(p.lat());
            nat[i] = p.at() == null ? Long.MIN_VALUE : p.at().getEpochSecond();
            nw[i] = p.weight();
        }
        x = nx;
        y = ny;
        at = nat;
        weight = nw;
        markDirty();
    }

    /** Only events at or after {@code from} and before {@code to} count; null for no bound. */
    public void setWindow(Instant from, Instant to) {
        this.from = from == null ? Long.MIN_VALUE : from.getEpochSecond();
        this.to = to == null ? Long.MAX_VALUE : to.getEpochSecond();
        markDirty();
    }

    @Override
    public java.util.List<LegendEntry> legend() {
        return List.of(
                LegendEntry.category(Color.rgb(255, 237, 160), "heat.low"),
                LegendEntry.category(Color.rgb(240, 59, 32), "heat.high"));
    }

    @Override
    protected void draw(Graphics2D g, Viewport view) {
        int cols = (int) Math.ceil(view.width() / CELL) + 1;
        int rows = (int) Math.ceil(view.height() / CELL) + 1;
        int cells = cols * rows;
        if (grid.length != cells) {
            grid = new double[cells];
            smooth = new double[cells];
            pixels = new int[cells];
            image = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_ARGB);
        } else {
            java.util.Arrays.fill(grid, 0);
        }
        for (int i = 0; i < x.length; i++) {
            if (at[i] < from || at[i] >= to) {
                continue;
            }
            int cx = (int) (view.screenX(x[i]) / CELL);
            int cy = (int) (view.screenY(y[i]) / CELL);
            if (cx >= 0 && cy >= 0 && cx < cols && cy < rows) {
                grid[cy * cols + cx] += weight[i];
            }
        }
        double max = blur(cols, rows);
        for (int i = 0; i < cells; i++) {
            pixels[i] = max <= 0 ? 0 : ramp(smooth[i] / max);
        }
        image.setRGB(0, 0, cols, rows, pixels, 0, cols);
        // Bilinear (the stack's hint): the coarse grid becomes a smooth surface.
        g.drawImage(image, 0, 0, cols * CELL, rows * CELL, null);
    }

    /** A 3×3 box blur of the grid into {@code smooth}; returns the largest value. */
    private double blur(int cols, int rows) {
        double max = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double sum = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    int rr = r + dr;
                    if (rr < 0 || rr >= rows) {
                        continue;
                    }
                    for (int dc = -1; dc <= 1; dc++) {
                        int cc = c + dc;
                        if (cc >= 0 && cc < cols) {
                            sum += grid[rr * cols + cc];
                        }
                    }
                }
                smooth[r * cols + c] = sum;
                max = Math.max(max, sum);
            }
        }
        return max;
    }

    /** Transparent at 0, yellow, then red at 1; the square root lifts sparse areas into view. */
    static int ramp(double t) {
        if (t <= 0) {
            return 0;
        }
        double s = Math.sqrt(Math.min(1, t));
        int alpha = (int) (60 + 160 * s);
        int red = (int) (255 - 15 * s);
        int green = (int) (237 - 178 * s);
        int blue = (int) (160 - 128 * s);
        return (alpha << 24) | (red << 16) | (green << 8) | blue;
    }
}
