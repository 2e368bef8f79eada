package org.iocconsole.console.cameras.stream;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shares a decoding budget among the tiles that are visible: each may decode {@code total / visible} frames a second,
 * between a floor and a ceiling, so a 5×5 wall costs about what a 3×3 one does. A tile asks {@link #due} for each
 * part; parts that come too soon are skipped unread. Thread-safe.
 */
public final class FrameBudget {
    /** A frame this early relative to the period still counts as due, so a source at exactly the target rate, with a
     * little jitter, is not halved. */
    private static final double EARLY = 0.75;

    private final double totalFps;
    private final double minFps;
    private final double maxFps;
    private final AtomicInteger visible = new AtomicInteger();

    public FrameBudget(double totalFps, double minFps, double maxFps) {
        if (minFps <= 0 || maxFps < minFps || totalFps < minFps) {
            throw new IllegalArgumentException("frame budget out of range");
        }
        this.totalFps = totalFps;
        this.minFps = minFps;
        this.maxFps = maxFps;
    }

    /** 160 frames a second over the wall, 2 to 25 per tile: 16 tiles get 10 each, 25 tiles 6.4. */
    public static FrameBudget defaults() {
        return new FrameBudget(160, 2, 25);
    }

    /** A tile became visible. */
    public void tileShown() {
        visible.incrementAndGet();
    }

    /** A tile is no longer visible. */
    public void tileHidden() {
        visible.updateAndGet(v -> Math.max(0, v - 1));
    }

    public int visibleTiles() {
        return visible.get();
    }

    /** Frames a second each visible tile may decode now. */
    public double targetFps() {
        int tiles = Math.max(1, visible.get());
        return Math.max(minFps, Math.min(maxFps, totalFps / tiles));
    }

    /** Whether a frame at {@code nowNanos} is due for a tile whose last decoded frame came at {@code lastNanos}. */
    public boolean due(long lastNanos, long nowNanos) {
        double period = 1_000_000_000.0 / targetFps();
        return nowNanos - lastNanos >= period * EARLY;
    }
}
