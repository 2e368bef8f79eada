package org.iocconsole.console.workspace;

import javafx.scene.Node;

/** Builds the view of a screen when it is first shown. FX thread only. */
@FunctionalInterface
public interface ScreenFactory {
    Node create(Screen screen);

    /**
     * Builds the camera wall opening the saved camera layout {@code cameraLayout} (a view of its own, beside the
     * shell's); other screens, or a null layout, as {@link #create(Screen)}.
     */
    default Node create(Screen screen, String cameraLayout) {
        return create(screen);
    }
}
