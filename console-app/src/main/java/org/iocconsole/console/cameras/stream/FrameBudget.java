package org.iocconsole.console.cameras.stream;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shares a decoding budget among the tiles that are visible: each may decode {@code total / visible} frames a second,
 * between a floor and a ceiling, so a 5×5 wall costs about what a 3×3 one does. A tile asks {@link #admit} for each
 * part; parts that come too soon are skipped unread. Thread-safe.
 */
public final class FrameBudget {
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

    /**
     * Paces one tile: whether a frame at {@code nowNanos} is due when the next was due at {@code dueNanos}, and if so
     * when the one after is due. A frame up to a quarter period early still counts, and a tile that fell behind may
     * catch up by one frame, so a source at the target rate with some jitter keeps its full rate while a faster one
     * is thinned to it.
     *
     * @return when the next frame is due, or -1 when this one is not
     */
    public long admit(long dueNanos, long nowNanos) {
        long period = (long) (1_000_000_000.0 / targetFps());
        if (nowNanos - dueNanos < -period / 4) {
            return -1;
        }
        return Math.max(dueNanos, nowNanos - period) + period;
    }
}
