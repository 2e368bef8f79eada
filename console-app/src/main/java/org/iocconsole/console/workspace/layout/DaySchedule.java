package org.iocconsole.console.workspace.layout;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When the wall's day playlists give way to the night ones, in the console's local time. Immutable.
 *
 * @param dayStarts when the day playlists start
 * @param nightStarts when the night playlists start
 */
public record DaySchedule(LocalTime dayStarts, LocalTime nightStarts) {
    /** From 06:00 to 18:00 is day. */
    public static final DaySchedule DEFAULT = new DaySchedule(LocalTime.of(6, 0), LocalTime.of(18, 0));

    public DaySchedule {
        Objects.requireNonNull(dayStarts, "dayStarts");
        Objects.requireNonNull(nightStarts, "nightStarts");
    }

    /** Whether {@code time} falls in the night, also when the night crosses midnight or the day does. */
    public boolean isNight(LocalTime time) {
        if (dayStarts.equals(nightStarts)) {
            return false;
        }
        if (dayStarts.isBefore(nightStarts)) {
            return time.isBefore(dayStarts) || !time.isBefore(nightStarts);
        }
        return !time.isBefore(nightStarts) && time.isBefore(dayStarts);
    }
}
