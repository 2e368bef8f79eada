package org.iocconsole.sync.kpi;

import java.util.EnumSet;
import java.util.Set;

/**
 * An indicator's value over a window, with how much of the window it covers and what to say about it. Immutable.
 *
 * @param value null when there is none to show (no data, or withheld: see {@code notes})
 * @param periodsWithData periods of the window with a valid figure
 * @param periodsExpected periods of the window at the indicator's periodicity
 */
public record Figure(Double value, int periodsWithData, int periodsExpected, Set<Note> notes) {

    public Figure {
        notes = notes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notes));
    }

    static Figure none(int expected, Set<Note> notes) {
        return new Figure(null, 0, expected, notes);
    }

    public boolean has(Note note) {
        return notes.contains(note);
    }

    /** Whether the value covers the whole window without any caveat that forbids comparing it. */
    public boolean comparable() {
        return value != null && !notes.contains(Note.UNIT_CHANGED) && !notes.contains(Note.NOT_COMBINABLE);
    }
}
