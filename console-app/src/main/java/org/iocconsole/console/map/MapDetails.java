package org.iocconsole.console.map;

import java.util.List;

/**
 * What the details panel shows of the selected feature: its kind ("report", "facility", "camera", "unit", "cluster"),
 * id, a title and lines of a label key with a value (text, number, instant or day; the view formats them). Immutable.
 */
public record MapDetails(String kind, String id, String title, List<Line> lines) {

    public MapDetails {
        lines = List.copyOf(lines);
    }

    /** A label (bundle key) and its value; a null value hides the line. */
    public record Line(String key, Object value) {}

    /** A value that is itself a bundle key (a state, a kind), translated when shown. */
    public record Key(String key) {}
}
