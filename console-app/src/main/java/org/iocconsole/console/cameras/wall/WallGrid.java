package org.iocconsole.console.cameras.wall;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shape of a wall: a grid of columns and rows and the tiles laid on it, each covering one or more cells. The
 * presets are square grids (1, 2×2 … 5×5) and two with one large tile; saved layouts may bring any spans that fit
 * and do not overlap. Immutable.
 */
public record WallGrid(String id, int columns, int rows, List<TileSpan> tiles) {
    public static final int MAX_SIDE = 8;

    public WallGrid {
        Objects.requireNonNull(id, "id");
        tiles = List.copyOf(tiles);
        if (columns < 1 || rows < 1 || columns > MAX_SIDE || rows > MAX_SIDE) {
            throw new IllegalArgumentException("a wall has 1 to " + MAX_SIDE + " columns and rows");
        }
        if (tiles.isEmpty()) {
            throw new IllegalArgumentException("a wall has at least one tile");
        }
        boolean[][] taken = new boolean[columns][rows];
        for (TileSpan tile : tiles) {
            if (tile.column() + tile.columnSpan() > columns || tile.row() + tile.rowSpan() > rows) {
                throw new IllegalArgumentException("a tile reaches outside the " + columns + "×" + rows + " grid");
            }
            for (int c = tile.column(); c < tile.column() + tile.columnSpan(); c++) {
                for (int r = tile.row(); r < tile.row() + tile.rowSpan(); r++) {
                    if (taken[c][r]) {
                        throw new IllegalArgumentException("two tiles overlap at column " + c + ", row " + r);
                    }
                    taken[c][r] = true;
                }
            }
        }
    }

    /** A square grid of {@code side}×{@code side} single cells, id {@code grid-N}. */
    public static WallGrid square(int side) {
        List<TileSpan> tiles = new ArrayList<>();
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                tiles.add(TileSpan.cell(column, row));
            }
        }
        return new WallGrid("grid-" + side, side, side, tiles);
    }

    /** One large tile of {@code big}×{@code big} cells in the top-left corner of a {@code side}×{@code side} grid. */
    public static WallGrid focus(int side, int big) {
        List<TileSpan> tiles = new ArrayList<>();
        tiles.add(new TileSpan(0, 0, big, big));
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                if (column >= big || row >= big) {
                    tiles.add(TileSpan.cell(column, row));
                }
            }
        }
        return new WallGrid("focus-" + side + "-" + big, side, side, tiles);
    }

    /** The grids offered in the toolbar: 1, 2×2, 3×3, 4×4, 5×5, 1 large + 5, 1 large + 7. */
    public static List<WallGrid> presets() {
        return List.of(square(1), square(2), square(3), square(4), square(5), focus(3, 2), focus(4, 3));
    }

    public int size() {
        return tiles.size();
    }
}
