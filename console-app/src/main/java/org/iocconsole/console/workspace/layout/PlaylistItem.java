package org.iocconsole.console.workspace.layout;

import org.iocconsole.console.workspace.Screen;

/**
 * One turn of a screen's rotation: a view and how long it stays, in seconds (0 for a view that does not rotate).
 *
 * @param cameraLayout for the camera wall, the name of the saved camera layout it opens ("Traffic"); null for the
 *     wall as the user left it, and for every other view
 */
public record PlaylistItem(Screen view, String cameraLayout, int dwellSeconds) {
    public PlaylistItem {
        if (cameraLayout != null && (view != Screen.CAMERAS || cameraLayout.isBlank())) {
            throw new IllegalArgumentException("only the camera wall opens a named camera layout");
        }
    }

    /** A view as it is, not a named camera layout. */
    public PlaylistItem(Screen view, int dwellSeconds) {
        this(view, null, dwellSeconds);
    }

    /** The same view and camera layout for another dwell. */
    public PlaylistItem withDwell(int seconds) {
        return new PlaylistItem(view, cameraLayout, seconds);
    }

    /** What the item shows, whatever its dwell: items that show the same thing have equal shows. */
    public PlaylistItem show() {
        return withDwell(0);
    }
}
