package org.iocconsole.sync.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates {@code sources.yaml} as documented in {@code docs/configuration.md}. Works on YAML nodes (not
 * constructed objects) so that every problem names the file, the line and the field; all problems of a file are
 * reported together in one {@link ConfigException}. Called once at start by the launcher (or the sync agent).
 * Stateless and thread-safe.
 */
public final class SourcesConfigLoader {

    /** The only version of the file format so far. */
    public static final int VERSION = 1;

    private SourcesConfigLoader() {}

    /** Reads the file; relative token files resolve against its directory. */
    public static SourcesConfig load(Path file) throws ConfigException {
        String name = file.toString();
        String text = ConfigText.read(file, name);
        Path parent = file.toAbsolutePath().getParent();
        return parse(text, name, parent);
    }

    /**
     * Parses the text of a sources file.
     *
     * @param fileName how messages name the file
     * @param baseDir the directory relative token files resolve against
     */
    public static SourcesConfig parse(String text, String fileName, Path baseDir) throws ConfigException {
        Problems problems = new Problems(fileName);
        YamlMapping map = YamlMapping.requiredRoot(text, problems);
        if (map.requirePresent("version")) {
            Optional<Integer> version = ConfigValues.integer(map, "version", VERSION, 0, Integer.MAX_VALUE);
            if (version.isPresent() && version.get() != VERSION) {
                problems.add(
                        map.peek("version").orElse(map.node()),
                        "version",
                        version.get() + " is not supported (this console reads " + VERSION + ")");
            }
        }
        List<SourceConfig> sources = sources(map, baseDir);
        OutboxConfig outbox = outbox(map, baseDir);
        map.rejectUnknown();
        problems.throwIfAny();
        return new SourcesConfig(VERSION, sources, outbox);
    }

    private static List<SourceConfig> sources(YamlMapping top, Path baseDir) {
        Problems problems = top.problems();
        Optional<Node> node = top.required("sources");
        List<SourceConfig> sources = new ArrayList<>();
        if (node.isEmpty()) {
            return sources;
        }
        if (!(node.get() instanceof SequenceNode list)) {
            problems.add(node.get(), "sources", "must be a list of sources (each starting with '- id:')");
            return sources;
        }
        if (list.getValue().isEmpty()) {
            problems.add(node.get(), "sources", "lists no source");
        }
        SourceEntryReader reader = new SourceEntryReader(baseDir);
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, Integer> idIndexes = new HashMap<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            String path = "sources[" + i + "]";
            Optional<YamlMapping> entry = YamlMapping.of(item, path, problems);
            if (entry.isEmpty()) {
                continue;
            }
            checkUniqueId(entry.get(), i, idLines, idIndexes);
            SourceConfig source = reader.read(entry.get());
            if (source != null) {
                sources.add(source);
            }
        }
        return sources;
    }

    private static void checkUniqueId(
            YamlMapping entry, int index, Map<String, Integer> idLines, Map<String, Integer> idIndexes) {
        Optional<Node> node = entry.peek("id");
        if (node.isEmpty() || !(node.get() instanceof ScalarNode value)) {
            return;
        }
        String id = value.getValue();
        Integer earlier = idIndexes.putIfAbsent(id, index);
        if (earlier != null) {
            entry.problems()
                    .add(
                            value,
                            entry.field("id"),
                            "\"" + id + "\" is already the id of sources[" + earlier + "] (line " + idLines.get(id)
                                    + ")");
        } else {
            idLines.put(id, Problems.lineOf(value));
        }
    }

    private static OutboxConfig outbox(YamlMapping top, Path baseDir) {
        Optional<YamlMapping> block = top.child("outbox");
        if (block.isEmpty()) {
            return null;
        }
        YamlMapping map = block.get();
        int before = map.problems().count();
        boolean allowInsecure =
                ConfigValues.bool(map, "allow-insecure-http", false).orElse(false);
        Optional<URI> url = ConfigValues.url(map, "url", map.required("url"), allowInsecure);
        TokenRef auth = AuthReader.read(map, baseDir);
        Duration timeout = ConfigValues.duration(
                        map,
                        "timeout",
                        SourceConfig.DEFAULT_TIMEOUT,
                        SourceEntryReader.MIN_TIMEOUT,
                        SourceEntryReader.MAX_TIMEOUT)
                .orElse(SourceConfig.DEFAULT_TIMEOUT);
        map.rejectUnknown();
        if (map.problems().count() > before || url.isEmpty()) {
            return null;
        }
        return new OutboxConfig(url.get(), auth, timeout, allowInsecure);
    }
}
