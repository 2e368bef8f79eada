package org.iocconsole.console.workspace.layout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iocconsole.console.workspace.Screen;

/**
 * Which view of a rotation shows at a given instant: each for its dwell, in turn, counted from the start, unless a
 * pre-emption (a critical alert) holds another view until it ends; then the rotation carries on where the clock
 * says. Decided from the clock alone, so it runs the same on a virtual clock. Not thread-safe: FX thread only.
 */
public final class Rotation {
    private final List<Screen> playlist;
    private final Duration dwell;
    private final Instant start;
    private Screen preempting;
    private Instant preemptedUntil = Instant.MIN;

    public Rotation(List<Screen> playlist, int dwellSeconds, Instant start) {
        this.playlist = List.copyOf(playlist);
        this.dwell = Duration.ofSeconds(Math.max(1, dwellSeconds));
        this.start = start;
    }

    /** The view to show at {@code now}. */
    public Screen at(Instant now) {
        if (preempting != null && now.isBefore(preemptedUntil)) {
            return preempting;
        }
        if (playlist.size() == 1 || now.isBefore(start)) {
            return playlist.get(0);
        }
        long turns = Duration.between(start, now).toMillis() / dwell.toMillis();
        return playlist.get((int) (turns % playlist.size()));
    }

    /** Shows {@code view} until {@code until}, whatever the rotation would show. */
    public void preempt(Screen view, Instant until) {
        preempting = view;
        preemptedUntil = until;
    }

    /** The views in turn. */
    public List<Screen> playlist() {
        return playlist;
    }
}
