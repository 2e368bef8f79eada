package org.iocconsole.sync.kpi;

import java.util.Set;

/**
 * How a figure moved against another: the difference, and the relative change unless the indicator is a
 * percentage (then the difference is in points) or the base is zero. Immutable.
 *
 * @param difference null when either figure is missing or they are not comparable
 * @param percent relative change in percent; null for percentages, a zero base or a missing difference
 */
public record Change(Double difference, Double percent, boolean inPoints, Set<Note> notes) {

    public Change {
        notes = Set.copyOf(notes);
    }

    static Change none(Set<Note> notes) {
        return new Change(null, null, false, notes);
    }
}
