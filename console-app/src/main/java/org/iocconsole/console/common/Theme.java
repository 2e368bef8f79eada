package org.iocconsole.console.common;

/** The console's look: colours and type size go together, because each suits one kind of screen. */
public enum Theme {
    /** Dark background and large type, for video walls read from across the room. */
    DARK,
    /** Light background and compact type, for laptops. */
    LIGHT,
    /** White and yellow on black, larger type still: a wall read from the back of the room. */
    CONTRAST
}
