package org.iocconsole.console.workspace.layout;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.iocconsole.console.workspace.Screen;

/**
 * Which view of a screen's playlist shows at a given instant: each item for its own dwell, in turn, counted from the
 * start; the night playlist during the schedule's night; unless a pre-emption (a critical alert) holds another view
 * until it ends, after which the rotation carries on where the clock says. Decided from the clock alone, so it runs
 * the same on a virtual clock and after a clock jump. Not thread-safe: FX thread only.
 */
public final class Rotation {
    private final ScreenSlot slot;
    private final DaySchedule schedule;
    private final ZoneId zone;
    private final Instant start;
    private Screen preempting;
    private Instant preemptedFrom = Instant.MIN;
    private Instant preemptedUntil = Instant.MIN;

    public Rotation(ScreenSlot slot, DaySchedule schedule, ZoneId zone, Instant start) {
        this.slot = slot;
        this.schedule = schedule;
        this.zone = zone;
        this.start = start;
    }

    /** A day-only rotation of views sharing one dwell, in UTC. */
    public Rotation(List<Screen> playlist, int dwellSeconds, Instant start) {
        this(new ScreenSlot(playlist, dwellSeconds), DaySchedule.DEFAULT, ZoneId.of("UTC"), start);
    }

    /** The view to show at {@code now}. */
    public Screen at(Instant now) {
        return showAt(now).view();
    }

    /** What to show at {@code now}: the view, with its camera layout if it names one (dwell 0). */
    public PlaylistItem showAt(Instant now) {
        if (preempted(now)) {
            return new PlaylistItem(preempting, 0);
        }
        List<PlaylistItem> items = slot.playlist(isNight(now));
        if (items.size() == 1 || now.isBefore(start)) {
            return items.get(0).show();
        }
        long cycle = items.stream().mapToLong(Rotation::dwellMillis).sum();
        long into = Duration.between(start, now).toMillis() % cycle;
        for (PlaylistItem item : items) {
            into -= dwellMillis(item);
            if (into < 0) {
                return item.show();
            }
        }
        return items.get(items.size() - 1).show();
    }

    /** Whether the night playlist applies at {@code now}. */
    public boolean isNight(Instant now) {
        return schedule.isNight(LocalTime.ofInstant(now, zone));
    }

    /**
     * Shows {@code view} from {@code from} until {@code until}, whatever the rotation would show. A clock set back
     * before {@code from} (a drill sought back or reset) ends it, so it never holds longer than meant.
     */
    public void preempt(Screen view, Instant from, Instant until) {
        preempting = view;
        preemptedFrom = from;
        preemptedUntil = until;
    }

    /** Whether a pre-emption holds the screen at {@code now}. */
    public boolean preempted(Instant now) {
        return preempting != null && !now.isBefore(preemptedFrom) && now.isBefore(preemptedUntil);
    }

    /** The slot it rotates through. */
    public ScreenSlot slot() {
        return slot;
    }

    /** Every view of the slot. */
    public List<Screen> playlist() {
        return slot.views();
    }

    private static long dwellMillis(PlaylistItem item) {
        // A rotating item without a dwell still moves on, never stalls the screen.
        return Duration.ofSeconds(Math.max(1, item.dwellSeconds() > 0 ? item.dwellSeconds() : 20))
                .toMillis();
    }
}
