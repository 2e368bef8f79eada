package org.iocconsole.console.workspace;

import org.iocconsole.console.workspace.layout.DisplayArea;

/**
 * The root font size of a wall screen, so that type reads the same from across the room on a full-HD monitor and on
 * a 4K one. Sizes are in the desktop's logical pixels: a 4K monitor the system already scales by 200% counts as full
 * HD and needs nothing more. Thread-safe.
 */
public final class WallScale {
    /** The font size of a full-HD wall screen, in pixels. */
    static final double BASE_FONT_PX = 18;

    private static final double MAX_FACTOR = 4;

    private WallScale() {}

    /** How much larger than on full HD (1920×1080) type should be on {@code area}; never smaller. */
    public static double factor(DisplayArea area) {
        double factor = Math.min(area.width() / 1920, area.height() / 1080);
        return Math.max(1, Math.min(MAX_FACTOR, factor));
    }

    /** The root font size for {@code area}, in whole pixels. */
    public static long fontPx(DisplayArea area) {
        return Math.round(BASE_FONT_PX * factor(area));
    }
}
