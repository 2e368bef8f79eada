package org.iocconsole.sync.config;

import java.util.List;

/**
 * The configuration file cannot be used. Carries every problem found (not only the first), each naming the file, the
 * line and the field; {@link #getMessage()} lists them one per line. Thrown by {@link SourcesConfigLoader}; the
 * launcher shows the message and stops (exit code 2 with {@code --sync-once}).
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ConfigException(ConfigProblem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in file order. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    /** The file of the first problem. */
    public String file() {
        return problems.get(0).file();
    }

    /** The line of the first problem (1-based, 0 for the whole file). */
    public int line() {
        return problems.get(0).line();
    }

    /** The field of the first problem, or null. */
    public String field() {
        return problems.get(0).field();
    }

    private static String describe(List<ConfigProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (ConfigProblem problem : problems) {
            text.append(text.length() == 0 ? "" : "\n").append(problem.describe());
        }
        return text.toString();
    }
}
