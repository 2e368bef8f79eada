package org.iocconsole.sync.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file so the user sees all of them at once. Not thread-safe; one per load. */
public final class Problems {

    private final String file;
    private final List<ConfigProblem> found = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(Node at, String field, String problem) {
        add(lineOf(at), field, problem);
    }

    public void add(int line, String field, String problem) {
        found.add(new ConfigProblem(file, line, field, problem));
    }

    public int count() {
        return found.size();
    }

    /** Throws the problems found so far, in line order, if there are any. */
    public void throwIfAny() throws ConfigException {
        if (!found.isEmpty()) {
            List<ConfigProblem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparingInt(ConfigProblem::line));
            throw new ConfigException(sorted);
        }
    }

    /** SnakeYAML counts lines from 0; people count from 1. */
    public static int lineOf(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
