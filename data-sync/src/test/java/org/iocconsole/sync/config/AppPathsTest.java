package org.iocconsole.sync.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    private static final Path HOME = Path.of("/home/lan");

    @Test
    void followsXdgDefaultsOnLinux() {
        AppPaths paths = AppPaths.resolve(OperatingSystem.LINUX, HOME, Map.of(), AppPaths.Flags.none());

        assertThat(paths.cacheDir()).isEqualTo(Path.of("/home/lan/.local/share/ioc-console/cache"));
        assertThat(paths.sourcesFile()).isEqualTo(Path.of("/home/lan/.config/ioc-console/sources.yaml"));
        assertThat(paths.logDir()).isEqualTo(Path.of("/home/lan/.local/state/ioc-console/logs"));
    }

    @Test
    void usesXdgVariablesButIgnoresRelativeOnes() {
        Map<String, String> env = Map.of(
                "XDG_DATA_HOME", "/data/lan",
                "XDG_CONFIG_HOME", "relative/config",
                "XDG_STATE_HOME", "/state");

        AppPaths paths = AppPaths.resolve(OperatingSystem.LINUX, HOME, env, AppPaths.Flags.none());

        assertThat(paths.cacheDir()).isEqualTo(Path.of("/data/lan/ioc-console/cache"));
        assertThat(paths.sourcesFile()).isEqualTo(Path.of("/home/lan/.config/ioc-console/sources.yaml"));
        assertThat(paths.logDir()).isEqualTo(Path.of("/state/ioc-console/logs"));
    }

    @Test
    void followsWindowsConventions() {
        String local = "C:\\Users\\lan\\AppData\\Local";
        String roaming = "C:\\Users\\lan\\AppData\\Roaming";
        Map<String, String> env = Map.of("LOCALAPPDATA", local, "APPDATA", roaming);

        AppPaths paths = AppPaths.resolve(OperatingSystem.WINDOWS, HOME, env, AppPaths.Flags.none());

        assertThat(paths.cacheDir()).isEqualTo(Path.of(local, "IOC Console", "cache"));
        assertThat(paths.sourcesFile()).isEqualTo(Path.of(roaming, "IOC Console", "sources.yaml"));
        assertThat(paths.logDir()).isEqualTo(Path.of(local, "IOC Console", "logs"));
    }

    @Test
    void fallsBackToTheProfileOnWindowsWithoutVariables() {
        AppPaths paths = AppPaths.resolve(OperatingSystem.WINDOWS, HOME, Map.of(), AppPaths.Flags.none());

        assertThat(paths.cacheDir()).isEqualTo(HOME.resolve("AppData/Local/IOC Console/cache"));
        assertThat(paths.sourcesFile()).isEqualTo(HOME.resolve("AppData/Roaming/IOC Console/sources.yaml"));
    }

    @Test
    void followsMacConventions() {
        AppPaths paths = AppPaths.resolve(OperatingSystem.MAC, HOME, Map.of(), AppPaths.Flags.none());

        assertThat(paths.cacheDir()).isEqualTo(HOME.resolve("Library/Application Support/IOC Console/cache"));
        assertThat(paths.sourcesFile()).isEqualTo(HOME.resolve("Library/Application Support/IOC Console/sources.yaml"));
        assertThat(paths.logDir()).isEqualTo(HOME.resolve("Library/Logs/IOC Console"));
    }

    @Test
    void aFlagWinsOverTheVariableWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of(
                AppPaths.CACHE_ENV, "/env/cache",
                AppPaths.SOURCES_ENV, "/env/sources.yaml",
                AppPaths.LOG_DIR_ENV, " ");
        AppPaths.Flags flags = new AppPaths.Flags("/flag/cache", null, "");

        AppPaths paths = AppPaths.resolve(OperatingSystem.LINUX, HOME, env, flags);

        assertThat(paths.cacheDir()).isEqualTo(Path.of("/flag/cache"));
        assertThat(paths.sourcesFile()).isEqualTo(Path.of("/env/sources.yaml"));
        assertThat(paths.logDir()).isEqualTo(Path.of("/home/lan/.local/state/ioc-console/logs"));
    }

    @Test
    void recognisesSystemNames() {
        assertThat(OperatingSystem.fromName("Windows 11")).isEqualTo(OperatingSystem.WINDOWS);
        assertThat(OperatingSystem.fromName("Mac OS X")).isEqualTo(OperatingSystem.MAC);
        assertThat(OperatingSystem.fromName("Linux")).isEqualTo(OperatingSystem.LINUX);
        assertThat(OperatingSystem.fromName("FreeBSD")).isEqualTo(OperatingSystem.LINUX);
    }
}
