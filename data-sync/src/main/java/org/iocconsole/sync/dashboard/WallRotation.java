package org.iocconsole.sync.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which dashboard a wall screen shows at an instant when it rotates through a role's dashboards, each for its own
 * dwell time, starting with the first at {@code start}. Pure: the same instant gives the same dashboard, so a wall
 * restarted or on a virtual clock stays in step. Immutable.
 */
public final class WallRotation {
    private final List<DashboardLayout> dashboards;
    private final Instant start;
    private final long cycleMillis;

    public WallRotation(List<DashboardLayout> dashboards, Instant start) {
        this.dashboards = List.copyOf(dashboards);
        this.start = start;
        this.cycleMillis =
                this.dashboards.stream().mapToLong(d -> d.dwell().toMillis()).sum();
    }

    /**
     * A rotation through {@code dashboards} that shows the one at {@code index} from {@code now} on, for its whole
     * dwell, then goes on in order: a wall that reads its dashboards again carries on where it was.
     */
    public static WallRotation from(List<DashboardLayout> dashboards, int index, Instant now) {
        Instant start = now;
        for (int i = 0; i < Math.min(index, dashboards.size()); i++) {
            start = start.minus(dashboards.get(i).dwell());
        }
        return new WallRotation(dashboards, start);
    }

    /**
     * Which turn it is at {@code now}, counted from the start: changes whenever a dwell ends, even when one dashboard
     * follows itself; -1 without dashboards.
     */
    public long turnAt(Instant now) {
        if (dashboards.isEmpty()) {
            return -1;
        }
        long elapsed = Duration.between(start, now).toMillis();
        return Math.floorDiv(elapsed, cycleMillis) * dashboards.size() + indexAt(now);
    }

    /** The dashboards in rotation order. */
    public List<DashboardLayout> dashboards() {
        return dashboards;
    }

    /** The index of the dashboard shown at {@code now}; -1 without dashboards. */
    public int indexAt(Instant now) {
        if (dashboards.isEmpty()) {
            return -1;
        }
        long into = Math.floorMod(Duration.between(start, now).toMillis(), cycleMillis);
        for (int i = 0; i < dashboards.size(); i++) {
            into -= dashboards.get(i).dwell().toMillis();
            if (into < 0) {
                return i;
            }
        }
        return dashboards.size() - 1;
    }

    /** The dashboard shown at {@code now}; null without dashboards. */
    public DashboardLayout at(Instant now) {
        int index = indexAt(now);
        return index < 0 ? null : dashboards.get(index);
    }
}
