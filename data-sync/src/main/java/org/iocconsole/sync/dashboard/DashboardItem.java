package org.iocconsole.sync.dashboard;

import java.util.Objects;

/**
 * One cell of a dashboard: an indicator shown as a widget, placed on the dashboard's grid of
 * {@link DashboardLayout#COLUMNS} columns. Immutable.
 *
 * @param column the first column, from 0
 * @param row the first row, from 0
 * @param width columns covered, at least 1
 * @param height rows covered, at least 1
 */
public record DashboardItem(String indicatorCode, Widget widget, int column, int row, int width, int height) {

    public DashboardItem {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(widget, "widget");
    }

    public boolean fitsGrid() {
        return column >= 0 && row >= 0 && width >= 1 && height >= 1 && column + width <= DashboardLayout.COLUMNS;
    }

    public boolean overlaps(DashboardItem other) {
        return column < other.column + other.width
                && other.column < column + width
                && row < other.row + other.height
                && other.row < row + height;
    }

    public DashboardItem movedTo(int newColumn, int newRow) {
        return new DashboardItem(indicatorCode, widget, newColumn, newRow, width, height);
    }

    public DashboardItem resizedTo(int newWidth, int newHeight) {
        return new DashboardItem(indicatorCode, widget, column, row, newWidth, newHeight);
    }
}
