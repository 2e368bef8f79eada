package org.iocconsole.maps.layer;

import javafx.scene.paint.Color;

/** How a category of point draws on a {@link SymbolLayer}: a coloured badge with a simple glyph. Immutable. */
public record Symbol(Color color, Glyph glyph) {

    /** The glyph inside the badge. */
    public enum Glyph {
        /** Hospitals and health stations. */
        CROSS,
        /** Schools. */
        BOOK,
        /** Police. */
        SHIELD,
        /** Fire stations. */
        FLAME,
        /** Shelters. */
        HOUSE,
        /** Cameras. */
        CAMERA,
        /** Anything else. */
        DOT
    }
}
