package org.iocconsole.console.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the cache, the sources file and the logs live by default on each platform (docs/configuration.md), and the
 * environment variables that override them. Pure: the environment, platform and home folder are passed in.
 */
final class ConsolePaths {
    static final String CACHE_ENV = "IOC_CONSOLE_CACHE";
    static final String SOURCES_ENV = "IOC_CONSOLE_SOURCES";
    static final String LOG_DIR_ENV = "IOC_CONSOLE_LOG_DIR";

    private static final String LINUX_DIR = "ioc-console";
    private static final String PRODUCT_DIR = "IOC Console";

    private final Map<String, String> env;
    private final String osName;
    private final Path home;

    ConsolePaths(Map<String, String> env, String osName, Path home) {
        this.env = env;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    /** The paths of the machine this runs on. */
    static ConsolePaths ofThisMachine() {
        return new ConsolePaths(
                System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    Path cacheDir() {
        return fromEnv(CACHE_ENV, () -> {
            if (windows()) {
                return windowsDir("LOCALAPPDATA", "AppData/Local").resolve("cache");
            }
            if (mac()) {
                return macSupport().resolve("cache");
            }
            return xdg("XDG_DATA_HOME", ".local/share").resolve("cache");
        });
    }

    Path sourcesFile() {
        return fromEnv(SOURCES_ENV, () -> {
            if (windows()) {
                return windowsDir("APPDATA", "AppData/Roaming").resolve("sources.yaml");
            }
            if (mac()) {
                return macSupport().resolve("sources.yaml");
            }
            return xdg("XDG_CONFIG_HOME", ".config").resolve("sources.yaml");
        });
    }

    Path logDir() {
        return fromEnv(LOG_DIR_ENV, () -> {
            if (windows()) {
                return windowsDir("LOCALAPPDATA", "AppData/Local").resolve("logs");
            }
            if (mac()) {
                return home.resolve("Library/Logs").resolve(PRODUCT_DIR);
            }
            return xdg("XDG_STATE_HOME", ".local/state").resolve("logs");
        });
    }

    private Path fromEnv(String name, Supplier<Path> fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback.get() : Path.of(value);
    }

    /** An XDG base directory: the variable when it holds an absolute path (the spec ignores others), else the default. */
    private Path xdg(String variable, String defaultUnderHome) {
        String value = env.get(variable);
        Path base = value != null && !value.isBlank() && Path.of(value).isAbsolute()
                ? Path.of(value)
                : home.resolve(defaultUnderHome);
        return base.resolve(LINUX_DIR);
    }

    private Path windowsDir(String variable, String defaultUnderHome) {
        String value = env.get(variable);
        Path base = value == null || value.isBlank() ? home.resolve(defaultUnderHome) : Path.of(value);
        return base.resolve(PRODUCT_DIR);
    }

    private Path macSupport() {
        return home.resolve("Library/Application Support").resolve(PRODUCT_DIR);
    }

    private boolean windows() {
        return osName.startsWith("windows");
    }

    private boolean mac() {
        return osName.startsWith("mac");
    }
}
