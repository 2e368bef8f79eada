package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolePathsTest {
    @TempDir
    Path home;

    @Test
    void linuxFollowsTheXdgVariablesWhenTheyAreAbsolute() {
        Map<String, String> env = Map.of(
                "XDG_DATA_HOME", home.resolve("data").toString(),
                "XDG_CONFIG_HOME", "relative/config",
                "XDG_STATE_HOME", home.resolve("state").toString());
        ConsolePaths paths = new ConsolePaths(env, "Linux", home);

        assertThat(paths.cacheDir()).isEqualTo(home.resolve("data/ioc-console/cache"));
        assertThat(paths.sourcesFile()).isEqualTo(home.resolve(".config/ioc-console/sources.yaml"));
        assertThat(paths.logDir()).isEqualTo(home.resolve("state/ioc-console/logs"));
    }

    @Test
    void windowsUsesTheAppDataFolders() {
        Map<String, String> env = Map.of(
                "LOCALAPPDATA",
                home.resolve("Local").toString(),
                "APPDATA",
                home.resolve("Roaming").toString());
        ConsolePaths paths = new ConsolePaths(env, "Windows 11", home);

        assertThat(paths.cacheDir()).isEqualTo(home.resolve("Local/IOC Console/cache"));
        assertThat(paths.sourcesFile()).isEqualTo(home.resolve("Roaming/IOC Console/sources.yaml"));
        assertThat(paths.logDir()).isEqualTo(home.resolve("Local/IOC Console/logs"));
    }

    @Test
    void macOsUsesTheLibraryFolders() {
        ConsolePaths paths = new ConsolePaths(Map.of(), "Mac OS X", home);

        assertThat(paths.cacheDir()).isEqualTo(home.resolve("Library/Application Support/IOC Console/cache"));
        assertThat(paths.sourcesFile()).isEqualTo(home.resolve("Library/Application Support/IOC Console/sources.yaml"));
        assertThat(paths.logDir()).isEqualTo(home.resolve("Library/Logs/IOC Console"));
    }

    @Test
    void theEnvironmentOverridesEachDefault() {
        Map<String, String> env = Map.of(
                "IOC_CONSOLE_CACHE", home.resolve("a").toString(),
                "IOC_CONSOLE_SOURCES", home.resolve("b.yaml").toString(),
                "IOC_CONSOLE_LOG_DIR", home.resolve("c").toString());
        ConsolePaths paths = new ConsolePaths(env, "Linux", home);

        assertThat(paths.cacheDir()).isEqualTo(home.resolve("a"));
        assertThat(paths.sourcesFile()).isEqualTo(home.resolve("b.yaml"));
        assertThat(paths.logDir()).isEqualTo(home.resolve("c"));
    }
}
