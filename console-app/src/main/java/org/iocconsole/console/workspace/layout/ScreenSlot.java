package org.iocconsole.console.workspace.layout;

import java.util.ArrayList;
import java.util.List;
import org.iocconsole.console.workspace.Screen;

/**
 * What one monitor shows: one view, or a playlist of views each with its own dwell; at night its night playlist
 * when it has one.
 *
 * @param day at least one item
 * @param night empty when the screen shows the same at night
 */
public record ScreenSlot(List<PlaylistItem> day, List<PlaylistItem> night) {
    public ScreenSlot {
        day = List.copyOf(day);
        night = List.copyOf(night);
        if (day.isEmpty()) {
            throw new IllegalArgumentException("a screen shows at least one view");
        }
    }

    /** Views in rotation, each for {@code dwellSeconds}, day and night. */
    public ScreenSlot(List<Screen> views, int dwellSeconds) {
        this(views.stream().map(view -> new PlaylistItem(view, dwellSeconds)).toList(), List.of());
    }

    /** A slot showing a single view. */
    public static ScreenSlot of(Screen view) {
        return new ScreenSlot(List.of(view), 0);
    }

    /** The playlist for the time of day. */
    public List<PlaylistItem> playlist(boolean atNight) {
        return atNight && !night.isEmpty() ? night : day;
    }

    /** Every view the slot shows, day then night, each once; saved dashboards are not views. */
    public List<Screen> views() {
        List<Screen> views = new ArrayList<>();
        for (List<PlaylistItem> list : List.of(day, night)) {
            list.stream()
                    .filter(item -> item.dashboard() == null)
                    .map(PlaylistItem::view)
                    .filter(v -> !views.contains(v))
                    .forEach(views::add);
        }
        return views;
    }

    /** Everything the slot shows (a view, or the camera wall with a named layout), day then night, each once. */
    public List<PlaylistItem> shows() {
        List<PlaylistItem> shows = new ArrayList<>();
        for (List<PlaylistItem> list : List.of(day, night)) {
            list.stream()
                    .map(PlaylistItem::show)
                    .filter(show -> !shows.contains(show))
                    .forEach(shows::add);
        }
        return shows;
    }

    /** The dwell of the first day item: the slot's dwell when all items share one. */
    public int dwellSeconds() {
        return day.get(0).dwellSeconds();
    }
}
