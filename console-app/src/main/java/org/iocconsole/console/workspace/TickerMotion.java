package org.iocconsole.console.workspace;

/**
 * Where the alert ticker's band of text stands at a given time: it moves left at a steady speed and starts again
 * once a whole turn has passed, a turn being the text and a gap, or the width of the ticker when that is longer (a
 * second copy follows at one turn's distance, so the band never runs empty). It holds still while paused (the
 * pointer over the ticker) and goes on from there. New text starts from the left edge, the newest alert first.
 * Decided by the times it is given (nanoseconds, as an animation timer or a test's virtual clock has them), never by
 * the data. Not thread-safe: FX thread only.
 */
public final class TickerMotion {
    private static final double NANOS_PER_SECOND = 1e9;

    private final double pixelsPerSecond;
    private double textWidth;
    private double gap;
    private double viewWidth;
    private long startNanos;
    private boolean started;
    private long pausedAtNanos;
    private boolean paused;

    /** @param pixelsPerSecond how fast the text moves */
    public TickerMotion(double pixelsPerSecond) {
        if (!(pixelsPerSecond > 0)) {
            throw new IllegalArgumentException("a ticker moves: " + pixelsPerSecond);
        }
        this.pixelsPerSecond = pixelsPerSecond;
    }

    /** The text changed (new alerts): it starts again from the left edge at {@code nowNanos}. */
    public void restart(double textWidth, double gap, long nowNanos) {
        this.textWidth = Math.max(0, textWidth);
        this.gap = Math.max(0, gap);
        startNanos = nowNanos;
        started = true;
        if (paused) {
            pausedAtNanos = nowNanos;
        }
    }

    /** The ticker's width changed (a monitor, a window): the turn follows, the position does not jump back. */
    public void resize(double viewWidth) {
        this.viewWidth = Math.max(0, viewWidth);
    }

    /** The pointer came over the ticker: the text holds still. */
    public void pause(long nowNanos) {
        if (!paused) {
            paused = true;
            pausedAtNanos = nowNanos;
        }
    }

    /** The pointer left: the text goes on from where it stood. */
    public void resume(long nowNanos) {
        if (paused) {
            paused = false;
            // The paused time does not count as travel.
            startNanos += nowNanos - pausedAtNanos;
        }
    }

    public boolean paused() {
        return paused;
    }

    /** The distance from one copy of the text to the next. */
    public double turn() {
        return Math.max(textWidth + gap, viewWidth);
    }

    /** The x of the first copy at {@code nowNanos}: 0 at the start, then down to just above minus one turn. */
    public double offsetAt(long nowNanos) {
        double turn = turn();
        if (!started || turn <= 0) {
            return 0;
        }
        long until = paused ? pausedAtNanos : nowNanos;
        double travelled = Math.max(0, until - startNanos) / NANOS_PER_SECOND * pixelsPerSecond;
        double into = travelled % turn;
        return into == 0 ? 0 : -into;
    }
}
