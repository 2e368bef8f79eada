package org.iocconsole.console.workspace.layout;

import java.util.List;
import org.iocconsole.console.workspace.Screen;

/** What one monitor shows now: its slot, with the views of missing monitors merged in. */
public record Placement(DisplayArea display, ScreenSlot slot) {
    /** Every view the monitor shows. */
    public List<Screen> views() {
        return slot.views();
    }

    /** The dwell of the first item. */
    public int dwellSeconds() {
        return slot.dwellSeconds();
    }
}
