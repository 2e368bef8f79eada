package org.iocconsole.console.workspace.layout;

import org.iocconsole.console.workspace.Screen;

/**
 * One turn of a screen's rotation: a view and how long it stays, in seconds (0 for a view that does not rotate). A
 * saved dashboard is an item whose {@code dashboard} names it; its view is the overview, which a wall shows when it
 * cannot show dashboards.
 *
 * @param dashboard the saved dashboard (or a role's rotation of them) shown; null for a plain view
 */
public record PlaylistItem(Screen view, int dwellSeconds, DashboardPick dashboard) {
    public PlaylistItem(Screen view, int dwellSeconds) {
        this(view, dwellSeconds, null);
    }

    /** A saved dashboard, or a role's dashboards in turn, for {@code dwellSeconds}. */
    public static PlaylistItem of(DashboardPick dashboard, int dwellSeconds) {
        return new PlaylistItem(Screen.OVERVIEW, dwellSeconds, dashboard);
    }

    /** The same item for another dwell. */
    public PlaylistItem withDwell(int seconds) {
        return new PlaylistItem(view, seconds, dashboard);
    }

    /** Tells the items of a playlist apart: the view's slug, or the dashboard's. */
    public String slug() {
        return dashboard == null ? view.slug() : dashboard.slug();
    }
}
