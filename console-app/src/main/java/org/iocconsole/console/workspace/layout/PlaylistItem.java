package org.iocconsole.console.workspace.layout;

import java.util.Objects;
import org.iocconsole.console.workspace.Screen;

/**
 * One turn of a screen's rotation: what it shows and how long it stays, in seconds (0 for an item that does not
 * rotate). A saved dashboard is an item whose {@code dashboard} names it; its view is the overview, which a wall shows
 * when it cannot show dashboards.
 *
 * @param cameraLayout for the camera wall, the name of the saved camera layout it opens ("Traffic"); null for the
 *     wall as the user left it, and for every other view
 * @param dashboard the saved dashboard (or a role's rotation of them) shown; null for a plain view
 */
public record PlaylistItem(Screen view, String cameraLayout, DashboardPick dashboard, int dwellSeconds) {
    public PlaylistItem {
        Objects.requireNonNull(view, "view");
        if (cameraLayout != null && (view != Screen.CAMERAS || cameraLayout.isBlank())) {
            throw new IllegalArgumentException("only the camera wall opens a named camera layout");
        }
        if (dashboard != null && view != Screen.OVERVIEW) {
            throw new IllegalArgumentException("a saved dashboard stands in for the overview");
        }
    }

    /** A view as it is. */
    public PlaylistItem(Screen view, int dwellSeconds) {
        this(view, null, null, dwellSeconds);
    }

    /** The camera wall with a saved camera layout, or as the user left it when {@code cameraLayout} is null. */
    public PlaylistItem(Screen view, String cameraLayout, int dwellSeconds) {
        this(view, cameraLayout, null, dwellSeconds);
    }

    /** A saved dashboard, or a role's dashboards in turn, for {@code dwellSeconds}. */
    public static PlaylistItem of(DashboardPick dashboard, int dwellSeconds) {
        return new PlaylistItem(Screen.OVERVIEW, null, Objects.requireNonNull(dashboard, "dashboard"), dwellSeconds);
    }

    /** The same item for another dwell. */
    public PlaylistItem withDwell(int seconds) {
        return new PlaylistItem(view, cameraLayout, dashboard, seconds);
    }

    /** What the item shows, whatever its dwell: items that show the same thing have equal shows. */
    public PlaylistItem show() {
        return withDwell(0);
    }

    /** Names what the item shows: the view's slug, with its camera layout, or the dashboard's. */
    public String slug() {
        if (dashboard != null) {
            return dashboard.slug();
        }
        return cameraLayout == null ? view.slug() : view.slug() + ":" + cameraLayout;
    }
}
