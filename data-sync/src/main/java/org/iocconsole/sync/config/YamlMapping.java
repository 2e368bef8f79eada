package org.iocconsole.sync.config;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping being read field by field: remembers which keys were asked for, so that the rest can be reported
 * as unknown, and reports duplicate keys. Problems go to the shared {@link Problems}. Not thread-safe.
 */
public final class YamlMapping {

    private final Node node;
    private final Node owner;
    private final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    private YamlMapping(MappingNode node, Node owner, String path, Problems problems) {
        this.node = node;
        this.owner = owner;
        this.path = path;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                problems.add(key, path, "a key must be a plain name");
                continue;
            }
            NodeTuple earlier = entries.putIfAbsent(scalar.getValue(), tuple);
            if (earlier != null) {
                problems.add(
                        key,
                        field(scalar.getValue()),
                        "appears twice (first on line " + Problems.lineOf(earlier.getKeyNode()) + ")");
            }
        }
    }

    /**
     * The root node of a YAML text, or null when it is empty or not YAML (then with a problem). Duplicate keys are
     * left for {@link YamlMapping} to report with both lines.
     */
    public static Node compose(String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlMapping, with both lines
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(mark == null ? 0 : mark.getLine() + 1, null, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problems.add(0, null, "not valid YAML: " + e.getMessage());
        }
        return null;
    }

    /**
     * The top block of a file's text; empty when the text holds no YAML at all (only comments). Throws the problems
     * found when the text is not YAML or its top is not a block.
     */
    public static Optional<YamlMapping> root(String text, Problems problems) throws ConfigException {
        Node root = compose(text, problems);
        problems.throwIfAny();
        if (root == null) {
            return Optional.empty();
        }
        Optional<YamlMapping> top = of(root, "", problems);
        problems.throwIfAny();
        return top;
    }

    /** Like {@link #root}, for files that must not be empty. */
    public static YamlMapping requiredRoot(String text, Problems problems) throws ConfigException {
        Optional<YamlMapping> top = root(text, problems);
        if (top.isEmpty()) {
            problems.add(0, null, "the file is empty");
            problems.throwIfAny();
        }
        return top.orElseThrow();
    }

    /** The mapping at that node, or empty (with a problem) when the node is something else. */
    public static Optional<YamlMapping> of(Node node, String path, Problems problems) {
        return of(node, node, path, problems);
    }

    /** The block under a key of this mapping; empty when absent, or (with a problem) not a block. */
    public Optional<YamlMapping> child(String key) {
        Optional<Node> value = value(key);
        return value.flatMap(v -> of(v, entries.get(key).getKeyNode(), field(key), problems));
    }

    private static Optional<YamlMapping> of(Node node, Node owner, String path, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, owner, path, problems));
        }
        problems.add(node, path, "must be a block of fields (name: value)");
        return Optional.empty();
    }

    /** The node problems about the whole block are reported at: its key in the parent, or its first line. */
    public Node owner() {
        return owner;
    }

    public Problems problems() {
        return problems;
    }

    public Node node() {
        return node;
    }

    /** The path of a field of this mapping: {@code sources[1].every}. */
    public String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value of a key, or empty when absent; a key given without a value counts as absent with a problem. */
    public Optional<Node> value(String key) {
        asked.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            problems.add(tuple.getKeyNode(), field(key), "has no value");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Whether the key is present at all (with or without a value). */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** A required key's value; adds "is missing" at this mapping's first line when absent. */
    public Optional<Node> required(String key) {
        return requirePresent(key) ? value(key) : Optional.empty();
    }

    /** Whether a required key is present; adds "is missing" at this mapping's first line when it is not. */
    public boolean requirePresent(String key) {
        asked.add(key);
        if (!has(key)) {
            problems.add(owner, field(key), "is missing (required)");
            return false;
        }
        return true;
    }

    /** The value node of a key without marking it as read, for cross-field checks. */
    public Optional<Node> peek(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    /** The text of a scalar value; adds a problem when the value is a block or a list. */
    public Optional<String> text(String key, Optional<Node> value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.add(value.get(), field(key), "must be a single value, not a block or a list");
        return Optional.empty();
    }

    /** Reports every key that was never asked for. Call after reading all fields. */
    public void rejectUnknown() {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!asked.contains(entry.getKey())) {
                problems.add(
                        entry.getValue().getKeyNode(),
                        field(entry.getKey()),
                        "unknown field (known: " + String.join(", ", asked) + ")");
            }
        }
    }
}
