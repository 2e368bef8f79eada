package org.iocconsole.sync.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The demo province's clock: virtual time that starts at an anchor instant and then either runs at a speed factor
 * (real time × speed, pausable) or stays where it is until a test {@linkplain #advance(Duration) advances} it.
 *
 * <p>The anchor is also what the demo generates its history against: the same seed and the same anchor give the
 * same data. Views made with {@link #withZone(ZoneId)} share the time of the clock they came from.
 *
 * <p>Thread-safe: every method may be called from any thread.
 */
public final class VirtualClock extends Clock {

    /** Shared by a clock and its zone views. Guarded by its own monitor. */
    private static final class State {
        private Instant anchor;
        private final boolean manual;
        private double speed;
        private boolean paused;
        /** Virtual nanoseconds past the anchor at {@code sinceNanos}. */
        private long offsetNanos;
        /** {@link System#nanoTime()} when {@code offsetNanos} was last brought up to date. */
        private long sinceNanos;

        private State(Instant anchor, boolean manual, double speed) {
            this.anchor = anchor;
            this.manual = manual;
            this.speed = speed;
            this.paused = manual;
            this.sinceNanos = System.nanoTime();
        }

        /** Folds the real time elapsed since the last call into the offset. Call with the monitor held. */
        private void settle() {
            long now = System.nanoTime();
            if (!paused) {
                offsetNanos += Math.round((now - sinceNanos) * speed);
            }
            sinceNanos = now;
        }
    }

    private final State state;
    private final ZoneId zone;

    private VirtualClock(State state, ZoneId zone) {
        this.state = state;
        this.zone = zone;
    }

    /** A clock that stays at {@code anchor} until {@link #advance(Duration)} moves it; for tests. */
    public static VirtualClock manual(Instant anchor) {
        return new VirtualClock(new State(Objects.requireNonNull(anchor, "anchor"), true, 0), ZoneOffset.UTC);
    }

    /** A clock that starts at {@code anchor} and runs at {@code speed} times real time (1 = real time). */
    public static VirtualClock running(Instant anchor, double speed) {
        return new VirtualClock(
                new State(Objects.requireNonNull(anchor, "anchor"), false, requireSpeed(speed)), ZoneOffset.UTC);
    }

    /** A running clock that stands paused at {@code anchor} until {@link #resume()}, at real speed. */
    static VirtualClock pausedAt(Instant anchor) {
        State state = new State(Objects.requireNonNull(anchor, "anchor"), false, 1);
        state.paused = true;
        return new VirtualClock(state, ZoneOffset.UTC);
    }

    private static double requireSpeed(double speed) {
        if (!(speed > 0 && speed <= 100_000)) {
            throw new IllegalArgumentException("speed must be in (0, 100000], was " + speed);
        }
        return speed;
    }

    /** The instant the clock started at; the demo's history ends there. */
    public Instant anchor() {
        synchronized (state) {
            return state.anchor;
        }
    }

    /**
     * Starts again from {@code anchor}, keeping speed and pause: the only way back in time, used by a scenario player
     * that rebuilds its province from the start when a trainer rewinds.
     */
    void restart(Instant anchor) {
        synchronized (state) {
            state.settle();
            state.anchor = Objects.requireNonNull(anchor, "anchor");
            state.offsetNanos = 0;
        }
    }

    /** Whether this clock only moves through {@link #advance(Duration)}. */
    public boolean isManual() {
        return state.manual;
    }

    @Override
    public Instant instant() {
        synchronized (state) {
            state.settle();
            return state.anchor.plusNanos(state.offsetNanos);
        }
    }

    /** Moves virtual time forward by {@code amount} at once (either kind of clock). */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("virtual time never goes back: " + amount);
        }
        synchronized (state) {
            state.settle();
            state.offsetNanos = Math.addExact(state.offsetNanos, amount.toNanos());
        }
    }

    /** Virtual seconds per real second of a running clock. */
    public double speed() {
        synchronized (state) {
            return state.speed;
        }
    }

    /** Changes the speed of a running clock from now on. */
    public void setSpeed(double speed) {
        requireRunning();
        synchronized (state) {
            state.settle();
            state.speed = requireSpeed(speed);
        }
    }

    /** Stops a running clock until {@link #resume()}. */
    public void pause() {
        requireRunning();
        synchronized (state) {
            state.settle();
            state.paused = true;
        }
    }

    /** Lets a paused running clock run again. */
    public void resume() {
        requireRunning();
        synchronized (state) {
            state.settle();
            state.paused = false;
        }
    }

    /** Whether virtual time currently stands still (always true for a manual clock). */
    public boolean isPaused() {
        synchronized (state) {
            return state.paused;
        }
    }

    private void requireRunning() {
        if (state.manual) {
            throw new IllegalStateException("a manual clock only moves through advance()");
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public VirtualClock withZone(ZoneId newZone) {
        return newZone.equals(zone) ? this : new VirtualClock(state, newZone);
    }

    @Override
    public String toString() {
        return "VirtualClock[" + (state.manual ? "manual" : "running x" + speed()) + ", " + instant() + ", " + zone
                + "]";
    }
}
