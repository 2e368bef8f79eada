package org.iocconsole.sync.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the console keeps its cache, finds its sources file and writes its logs, per operating system as in the table
 * of {@code docs/configuration.md}. Each location is a command-line flag if given, else an environment variable if
 * set, else the system's convention. Resolved once at start by the launcher; the environment is passed in as a map so
 * tests can inject one. Immutable.
 *
 * @param cacheDir the folder of the H2 cache files
 * @param sourcesFile the sources file (it may not exist: the console then runs the demo province)
 * @param logDir the folder of log files
 */
public record AppPaths(Path cacheDir, Path sourcesFile, Path logDir) {

    public static final String CACHE_ENV = "IOC_CONSOLE_CACHE";
    public static final String SOURCES_ENV = "IOC_CONSOLE_SOURCES";
    public static final String LOG_DIR_ENV = "IOC_CONSOLE_LOG_DIR";
    public static final String CONFIG_ENV = "IOC_CONSOLE_CONFIG";

    private static final String UNIX_NAME = "ioc-console";
    private static final String DISPLAY_NAME = "IOC Console";
    private static final String SOURCES_FILE = "sources.yaml";
    private static final String SETTINGS_FILE = "console.yaml";

    public AppPaths {
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(sourcesFile, "sourcesFile");
        Objects.requireNonNull(logDir, "logDir");
    }

    /**
     * The values of {@code --cache}, {@code --sources} and {@code --log-dir}; each null or blank when not given.
     */
    public record Flags(String cacheDir, String sourcesFile, String logDir) {
        /** No flag given. */
        public static Flags none() {
            return new Flags(null, null, null);
        }
    }

    /** The paths of the user running this JVM. */
    public static AppPaths forCurrentUser(Flags flags) {
        return resolve(OperatingSystem.current(), Path.of(System.getProperty("user.home")), System.getenv(), flags);
    }

    /** The paths for that system, home folder, environment and flags. */
    public static AppPaths resolve(OperatingSystem os, Path home, Map<String, String> env, Flags flags) {
        return resolve(os, home, env, flags, Flags.none());
    }

    /**
     * The paths for that system, home folder, environment, flags and settings file: a flag wins over the environment,
     * which wins over the settings file, which wins over the system's convention.
     */
    public static AppPaths resolve(OperatingSystem os, Path home, Map<String, String> env, Flags flags, Flags file) {
        Path cache = pick(flags.cacheDir(), env.get(CACHE_ENV), file.cacheDir(), () -> defaultCache(os, home, env));
        Path sources = pick(
                flags.sourcesFile(), env.get(SOURCES_ENV), file.sourcesFile(), () -> defaultSources(os, home, env));
        Path logs = pick(flags.logDir(), env.get(LOG_DIR_ENV), file.logDir(), () -> defaultLogs(os, home, env));
        return new AppPaths(cache, sources, logs);
    }

    /**
     * Where a console settings file may be, in the order they are tried: the user's (beside the sources file), then
     * the one IT staff set for every user of the machine.
     */
    public static List<Path> settingsFiles(OperatingSystem os, Path home, Map<String, String> env) {
        Path user = defaultSources(os, home, env).resolveSibling(SETTINGS_FILE);
        Path system =
                switch (os) {
                    case WINDOWS ->
                        windowsFolder(env, "PROGRAMDATA", Path.of("C:\\ProgramData"))
                                .resolve(DISPLAY_NAME)
                                .resolve(SETTINGS_FILE);
                    case MAC ->
                        Path.of("/Library", "Application Support", DISPLAY_NAME).resolve(SETTINGS_FILE);
                    case LINUX -> Path.of("/etc", UNIX_NAME).resolve(SETTINGS_FILE);
                };
        return List.of(user, system);
    }

    private static Path pick(String flag, String envValue, String fileValue, Supplier<Path> fallback) {
        for (String value : new String[] {flag, envValue, fileValue}) {
            if (value != null && !value.isBlank()) {
                return Path.of(value.strip());
            }
        }
        return fallback.get();
    }

    private static Path defaultCache(OperatingSystem os, Path home, Map<String, String> env) {
        return switch (os) {
            case WINDOWS -> windowsLocal(home, env).resolve(DISPLAY_NAME).resolve("cache");
            case MAC -> macSupport(home).resolve("cache");
            case LINUX ->
                xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"))
                        .resolve(UNIX_NAME)
                        .resolve("cache");
        };
    }

    private static Path defaultSources(OperatingSystem os, Path home, Map<String, String> env) {
        return switch (os) {
            case WINDOWS ->
                windowsFolder(env, "APPDATA", home.resolve("AppData").resolve("Roaming"))
                        .resolve(DISPLAY_NAME)
                        .resolve(SOURCES_FILE);
            case MAC -> macSupport(home).resolve(SOURCES_FILE);
            case LINUX ->
                xdg(env, "XDG_CONFIG_HOME", home.resolve(".config"))
                        .resolve(UNIX_NAME)
                        .resolve(SOURCES_FILE);
        };
    }

    private static Path defaultLogs(OperatingSystem os, Path home, Map<String, String> env) {
        return switch (os) {
            case WINDOWS -> windowsLocal(home, env).resolve(DISPLAY_NAME).resolve("logs");
            case MAC -> home.resolve("Library").resolve("Logs").resolve(DISPLAY_NAME);
            case LINUX ->
                xdg(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state"))
                        .resolve(UNIX_NAME)
                        .resolve("logs");
        };
    }

    private static Path macSupport(Path home) {
        return home.resolve("Library").resolve("Application Support").resolve(DISPLAY_NAME);
    }

    private static Path windowsLocal(Path home, Map<String, String> env) {
        return windowsFolder(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
    }

    private static Path windowsFolder(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value.strip());
    }

    /** The XDG specification says a relative value is invalid and must be ignored. */
    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank() || !value.startsWith("/")) {
            return fallback;
        }
        return Path.of(value);
    }
}
