package org.iocconsole.console.workspace.layout;

import java.util.List;
import org.iocconsole.console.workspace.Screen;

/**
 * What one monitor shows: one view, or several in rotation, each for {@code dwellSeconds}.
 *
 * @param views at least one
 */
public record ScreenSlot(List<Screen> views, int dwellSeconds) {
    public ScreenSlot {
        views = List.copyOf(views);
        if (views.isEmpty()) {
            throw new IllegalArgumentException("a screen shows at least one view");
        }
    }

    /** A slot showing a single view. */
    public static ScreenSlot of(Screen view) {
        return new ScreenSlot(List.of(view), 0);
    }
}
