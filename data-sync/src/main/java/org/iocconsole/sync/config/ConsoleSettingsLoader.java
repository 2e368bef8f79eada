package org.iocconsole.sync.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a console settings file ({@code console.yaml}): where the sources file, the cache and the logs are, and the
 * role, layout, language and theme this console starts with, whether it asks for a login and encrypts its cache. Every problem names the file, the line and the field,
 * all at once, like {@link SourcesConfigLoader}. Stateless and thread-safe.
 */
public final class ConsoleSettingsLoader {

    /** The file's name in the configuration folders. */
    public static final String FILE_NAME = "console.yaml";

    public static final List<String> ROLES = List.of("operator", "leader", "trainer", "admin");
    public static final List<String> LAYOUTS = List.of("window", "fullscreen", "wall", "compact", "trainer");
    public static final List<String> LANGUAGES = List.of("vi", "en");
    public static final List<String> THEMES = List.of("dark", "light", "contrast");

    private ConsoleSettingsLoader() {}

    /**
     * The settings of this console: the file named by {@code --config} (or {@value AppPaths#CONFIG_ENV}), which must
     * exist; else the first that exists of the user's and the system's file ({@link AppPaths#settingsFiles}); else
     * none.
     *
     * @param flag the value of {@code --config}, or null
     */
    public static ConsoleSettings find(OperatingSystem os, Path home, Map<String, String> env, String flag)
            throws ConfigException {
        String named = flag != null && !flag.isBlank() ? flag : env.get(AppPaths.CONFIG_ENV);
        if (named != null && !named.isBlank()) {
            return load(Path.of(named.strip()));
        }
        for (Path candidate : AppPaths.settingsFiles(os, home, env)) {
            if (Files.isRegularFile(candidate)) {
                return load(candidate);
            }
        }
        return ConsoleSettings.none();
    }

    /** Reads the file; relative paths in it resolve against its folder. */
    public static ConsoleSettings load(Path file) throws ConfigException {
        return parse(
                ConfigText.read(file, file.toString()),
                file,
                file.toAbsolutePath().getParent());
    }

    /**
     * Parses the text of a settings file.
     *
     * @param file how messages name the file
     * @param baseDir the folder relative paths resolve against
     */
    public static ConsoleSettings parse(String text, Path file, Path baseDir) throws ConfigException {
        Problems problems = new Problems(file.toString());
        Optional<YamlMapping> top = YamlMapping.root(text, problems);
        if (top.isEmpty()) {
            return ConsoleSettings.empty(file);
        }
        YamlMapping map = top.get();
        ConfigValues.integer(map, "version", 1, 1, 1);
        ConsoleSettings settings = new ConsoleSettings(
                file,
                path(map, "sources", baseDir),
                path(map, "cache", baseDir),
                path(map, "log-dir", baseDir),
                choice(map, "role", ROLES),
                choice(map, "layout", LAYOUTS),
                choice(map, "lang", LANGUAGES),
                choice(map, "theme", THEMES),
                scenario(map, baseDir),
                ConfigValues.bool(map, "login", false).orElse(false),
                ConfigValues.bool(map, "encrypt-cache", false).orElse(false));
        map.rejectUnknown();
        problems.throwIfAny();
        return settings;
    }

    private static Optional<Path> path(YamlMapping map, String key, Path baseDir) {
        Optional<Node> node = map.value(key);
        Optional<String> text = map.text(key, node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get().strip();
        if (value.isEmpty()) {
            map.problems().add(node.get(), map.field(key), "is empty (name a path, or leave the field out)");
            return Optional.empty();
        }
        try {
            Path path = Path.of(value);
            return Optional.of(baseDir == null ? path : baseDir.resolve(path).normalize());
        } catch (InvalidPathException e) {
            map.problems().add(node.get(), map.field(key), "\"" + value + "\" is not a valid path");
            return Optional.empty();
        }
    }

    /** A built-in scenario's id as written, or a scenario file's path resolved against the settings file. */
    private static Optional<String> scenario(YamlMapping map, Path baseDir) {
        String key = "scenario";
        Optional<Node> node = map.value(key);
        Optional<String> text = map.text(key, node).map(String::strip);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        if (value.isEmpty()) {
            map.problems().add(node.get(), map.field(key), "is empty (name a built-in scenario or a file)");
            return Optional.empty();
        }
        if (value.endsWith(".yaml") || value.endsWith(".yml")) {
            return path(map, key, baseDir).map(Path::toString);
        }
        return Optional.of(value);
    }

    private static Optional<String> choice(YamlMapping map, String key, List<String> allowed) {
        Optional<Node> node = map.value(key);
        Optional<String> text = map.text(key, node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get().strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            map.problems()
                    .add(
                            node.get(),
                            map.field(key),
                            "\"" + text.get() + "\" is not one of " + String.join(", ", allowed));
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
