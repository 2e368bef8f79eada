package org.iocconsole.sync.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A dashboard as data: which indicator tiles and charts it shows, in order, for which role, and how long a wall
 * screen dwells on it when rotating. Immutable.
 *
 * @param tiles indicator codes of the tiles, in order
 * @param charts indicator codes of the charts, in order
 * @param position its place among the role's dashboards (rotation order)
 */
public record DashboardLayout(
        String id, String role, String name, List<String> tiles, List<String> charts, Duration dwell, int position) {

    public DashboardLayout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        tiles = List.copyOf(tiles);
        charts = List.copyOf(charts);
        if (dwell == null || dwell.isNegative() || dwell.isZero()) {
            throw new IllegalArgumentException("a dashboard's dwell time must be positive: " + dwell);
        }
    }
}
