package org.iocconsole.sync.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A dashboard as data: its name, the role it is saved for, the indicators it shows and where on its grid, and how
 * long a wall screen dwells on it when rotating. Immutable.
 *
 * @param items the cells, in the order they were added
 * @param position its place among the role's dashboards (rotation order)
 */
public record DashboardLayout(
        String id, String role, String name, List<DashboardItem> items, Duration dwell, int position) {
    /** Columns of every dashboard's grid. */
    public static final int COLUMNS = 6;

    public DashboardLayout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
        if (dwell == null || dwell.isNegative() || dwell.isZero()) {
            throw new IllegalArgumentException("a dashboard's dwell time must be positive: " + dwell);
        }
    }

    /**
     * A layout from lists of tile and chart indicators (the first format): tiles two columns wide in rows of three,
     * then each chart as a time series the width of the grid.
     */
    public static DashboardLayout ofLists(
            String id,
            String role,
            String name,
            List<String> tiles,
            List<String> charts,
            Duration dwell,
            int position) {
        List<DashboardItem> items = new ArrayList<>();
        int perRow = COLUMNS / 2;
        for (int i = 0; i < tiles.size(); i++) {
            items.add(new DashboardItem(tiles.get(i), Widget.TILE, (i % perRow) * 2, i / perRow, 2, 1));
        }
        int row = (tiles.size() + perRow - 1) / perRow;
        for (int i = 0; i < charts.size(); i++) {
            items.add(new DashboardItem(charts.get(i), Widget.TREND, 0, row + 2 * i, COLUMNS, 2));
        }
        return new DashboardLayout(id, role, name, items, dwell, position);
    }

    /** The indicators of the tiles, top to bottom and left to right. */
    public List<String> tiles() {
        return codes(true);
    }

    /** The indicators of the charts, top to bottom and left to right. */
    public List<String> charts() {
        return codes(false);
    }

    /** Rows the grid needs. */
    public int rows() {
        return items.stream().mapToInt(i -> i.row() + i.height()).max().orElse(0);
    }

    /** What keeps this layout from being saved, as message keys; empty when it can be. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add("dashboard.problem.name");
        }
        if (role.isBlank()) {
            problems.add("dashboard.problem.role");
        }
        if (items.isEmpty()) {
            problems.add("dashboard.problem.empty");
        }
        if (items.stream().anyMatch(i -> !i.fitsGrid())) {
            problems.add("dashboard.problem.outside");
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (items.get(i).overlaps(items.get(j))) {
                    problems.add("dashboard.problem.overlap");
                    return problems;
                }
            }
        }
        return problems;
    }

    private List<String> codes(boolean tile) {
        return items.stream()
                .filter(i -> (i.widget() == Widget.TILE) == tile)
                .sorted(Comparator.comparingInt(DashboardItem::row).thenComparingInt(DashboardItem::column))
                .map(DashboardItem::indicatorCode)
                .toList();
    }
}
