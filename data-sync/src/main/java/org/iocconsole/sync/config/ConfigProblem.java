package org.iocconsole.sync.config;

import java.util.Objects;

/**
 * One mistake in a configuration file, located by line and field so an operator can fix it without guessing.
 *
 * @param file the file as the user named it
 * @param line 1-based line, or 0 when the mistake concerns the whole file
 * @param field the field path ({@code sources[1].every}), or null for the whole file
 * @param problem what is wrong, in plain words
 */
public record ConfigProblem(String file, int line, String field, String problem) {

    public ConfigProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code sources.yaml:14: sources[1].every: "5 minutes" is not a duration (use 30s, 5m, 1h)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (field != null && !field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(problem).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
