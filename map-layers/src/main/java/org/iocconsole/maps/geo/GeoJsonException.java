package org.iocconsole.maps.geo;

import java.util.List;

/**
 * GeoJSON that cannot be read. {@link #problem()} says what is wrong in a way a screen can put into words (the console
 * translates it); {@link #arguments()} are the details the message needs (line and column, feature number,
 * coordinates).
 */
public final class GeoJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** Not JSON at all; arguments: line, column. */
        MALFORMED_JSON,
        /** JSON, but not a GeoJSON object; arguments: the type found. */
        NOT_GEOJSON,
        /** A geometry with missing or non-numeric coordinates; arguments: feature number. */
        BAD_GEOMETRY,
        /** A coordinate outside longitude ±180 / latitude ±90; arguments: feature number, x, y. */
        OUT_OF_RANGE,
        /** Coordinates written latitude first; arguments: feature number, x, y. */
        AXES_SWAPPED,
        /** A geometry that is invalid and could not be repaired; arguments: feature number. */
        INVALID_GEOMETRY
    }

    private final Problem problem;
    private final List<Object> arguments;

    public GeoJsonException(Problem problem, List<Object> arguments, String message) {
        super(message);
        this.problem = problem;
        this.arguments = List.copyOf(arguments);
    }

    public Problem problem() {
        return problem;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
