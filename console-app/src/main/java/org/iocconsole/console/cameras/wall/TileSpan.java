package org.iocconsole.console.cameras.wall;

/** Where a tile sits in a wall's grid and how many columns and rows it covers. Immutable. */
public record TileSpan(int column, int row, int columnSpan, int rowSpan) {

    public TileSpan {
        if (column < 0 || row < 0 || columnSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("a tile starts at 0,0 or later and spans at least one cell");
        }
    }

    static TileSpan cell(int column, int row) {
        return new TileSpan(column, row, 1, 1);
    }
}
