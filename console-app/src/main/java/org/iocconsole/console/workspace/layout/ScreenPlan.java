package org.iocconsole.console.workspace.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a layout's screens on the monitors there are. Monitors are taken in reading order: rows top to bottom (a
 * monitor starting less than half a height below a row's top is in that row), each row left to right. When there
 * are fewer monitors than the layout names, the views of the missing ones join the last monitor's rotation, so
 * nothing disappears; when the monitor comes back the next plan gives them their own screen again. A pure function:
 * the wall re-plans whenever the monitors change. Thread-safe.
 */
public final class ScreenPlan {
    /** Dwell for views that join another monitor's rotation when theirs is gone. */
    static final int SHARED_DWELL_SECONDS = 20;

    private ScreenPlan() {}

    public static List<Placement> assign(List<DisplayArea> displays, WorkspaceLayout layout) {
        if (displays.isEmpty()) {
            return List.of();
        }
        List<DisplayArea> ordered = readingOrder(displays);
        List<ScreenSlot> slots = layout.screens();
        int used = Math.min(ordered.size(), slots.size());
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < used - 1; i++) {
            placements.add(new Placement(ordered.get(i), slots.get(i)));
        }
        placements.add(new Placement(ordered.get(used - 1), merge(slots.subList(used - 1, slots.size()))));
        return placements;
    }

    /** The first slot with the views of the others added to its playlists, day and night. */
    private static ScreenSlot merge(List<ScreenSlot> slots) {
        if (slots.size() == 1) {
            return slots.get(0);
        }
        boolean anyNight = slots.stream().anyMatch(slot -> !slot.night().isEmpty());
        List<PlaylistItem> day = joined(slots, false);
        return new ScreenSlot(day, anyNight ? joined(slots, true) : List.of());
    }

    private static List<PlaylistItem> joined(List<ScreenSlot> slots, boolean atNight) {
        List<PlaylistItem> items = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (ScreenSlot slot : slots) {
            for (PlaylistItem item : slot.playlist(atNight)) {
                if (!seen.contains(item.slug())) {
                    seen.add(item.slug());
                    // A view that had a screen of its own has no dwell: it gets the shared one.
                    int dwell = item.dwellSeconds() > 0 ? item.dwellSeconds() : SHARED_DWELL_SECONDS;
                    items.add(item.withDwell(dwell));
                }
            }
        }
        return items;
    }

    public static List<DisplayArea> readingOrder(List<DisplayArea> displays) {
        List<DisplayArea> byTop = new ArrayList<>(displays);
        byTop.sort(Comparator.comparingDouble(DisplayArea::y).thenComparingDouble(DisplayArea::x));
        List<List<DisplayArea>> rows = new ArrayList<>();
        double rowTop = Double.NEGATIVE_INFINITY;
        double rowHeight = 0;
        for (DisplayArea display : byTop) {
            if (rows.isEmpty() || display.y() >= rowTop + rowHeight / 2) {
                rows.add(new ArrayList<>());
                rowTop = display.y();
                rowHeight = display.height();
            }
            rows.get(rows.size() - 1).add(display);
        }
        List<DisplayArea> ordered = new ArrayList<>();
        for (List<DisplayArea> row : rows) {
            row.sort(Comparator.comparingDouble(DisplayArea::x));
            ordered.addAll(row);
        }
        return ordered;
    }
}
