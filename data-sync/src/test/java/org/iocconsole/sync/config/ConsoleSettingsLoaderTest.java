package org.iocconsole.sync.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleSettingsLoaderTest {
    /** The example of docs/configuration.md. */
    static final String DOCUMENTED = """
            # Settings of one console: where things are, and how it starts.
            version: 1
            sources: /etc/ioc-console/sources.yaml
            cache: /var/lib/ioc-console/cache
            log-dir: logs                 # relative paths resolve against this file's folder
            role: operator                # operator, leader or trainer
            layout: fullscreen            # window or fullscreen
            lang: vi                      # vi or en
            theme: dark                   # dark or light
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsTheDocumentedExample() throws Exception {
        Path file = write("console.yaml", DOCUMENTED);

        ConsoleSettings settings = ConsoleSettingsLoader.load(file);

        assertThat(settings.file()).isEqualTo(file);
        assertThat(settings.sourcesFile()).contains(Path.of("/etc/ioc-console/sources.yaml"));
        assertThat(settings.cacheDir()).contains(Path.of("/var/lib/ioc-console/cache"));
        assertThat(settings.logDir()).contains(dir.resolve("logs"));
        assertThat(settings.role()).contains("operator");
        assertThat(settings.layout()).contains("fullscreen");
        assertThat(settings.language()).contains("vi");
        assertThat(settings.theme()).contains("dark");
    }

    @Test
    void everyFieldIsOptionalAndAnEmptyFileSetsNothing() throws Exception {
        ConsoleSettings settings = ConsoleSettingsLoader.load(write("console.yaml", "# nothing yet\n"));

        assertThat(settings.sourcesFile()).isEmpty();
        assertThat(settings.role()).isEmpty();
        assertThat(settings.paths()).isEqualTo(AppPaths.Flags.none());
    }

    @Test
    void readsLoginAndCacheEncryption() throws Exception {
        Path file = write("console.yaml", "login: true\nencrypt-cache: true\n");

        ConsoleSettings settings = ConsoleSettingsLoader.load(file);

        assertThat(settings.login()).isTrue();
        assertThat(settings.encryptCache()).isTrue();
        assertThat(ConsoleSettings.none().encryptCache()).isFalse();
    }

    @Test
    void aWrongEncryptionValueNamesTheLine() throws Exception {
        Path file = write("console.yaml", "role: admin\nencrypt-cache: yes please\n");

        assertThatThrownBy(() -> ConsoleSettingsLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":2: encrypt-cache: \"yes please\" is not true or false");
    }

    @Test
    void namesFileLineAndFieldOfEveryMistake() throws Exception {
        Path file = write("console.yaml", """
                version: 1
                role: boss
                layout: cinema
                colour: blue
                """);

        assertThatThrownBy(() -> ConsoleSettingsLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":2: role: \"boss\" is not one of operator, leader, trainer, admin\n"
                        + file + ":3: layout: \"cinema\" is not one of window, fullscreen, wall, compact, trainer\n"
                        + file + ":4: colour: unknown field (known: version, sources, cache, log-dir, role, layout,"
                        + " lang, theme, scenario, login, encrypt-cache)");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() throws Exception {
        Path file = write("console.yaml", "role: operator\nlayout: [window\n");

        assertThatThrownBy(() -> ConsoleSettingsLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":3: not valid YAML");
    }

    @Test
    void aNamedFileMustExist() {
        Path missing = dir.resolve("missing.yaml");

        assertThatThrownBy(() -> ConsoleSettingsLoader.find(OperatingSystem.LINUX, dir, Map.of(), missing.toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": the file does not exist");
    }

    @Test
    void theEnvironmentNamesTheFileWhenTheFlagDoesNot() throws Exception {
        Path file = write("elsewhere/console.yaml", "role: leader\n");

        ConsoleSettings settings = ConsoleSettingsLoader.find(
                OperatingSystem.LINUX, dir, Map.of(AppPaths.CONFIG_ENV, file.toString()), null);

        assertThat(settings.role()).contains("leader");
    }

    @Test
    void theUsersFileLiesBesideTheSourcesFileAndIsOptional() throws Exception {
        assertThat(ConsoleSettingsLoader.find(OperatingSystem.LINUX, dir, Map.of(), null)
                        .file())
                .isNull();

        write(".config/ioc-console/console.yaml", "theme: light\n");

        ConsoleSettings settings = ConsoleSettingsLoader.find(OperatingSystem.LINUX, dir, Map.of(), null);
        assertThat(settings.theme()).isEqualTo(Optional.of("light"));
    }

    @Test
    void theSystemsFileComesAfterTheUsers() {
        assertThat(AppPaths.settingsFiles(OperatingSystem.LINUX, dir, Map.of()))
                .containsExactly(
                        dir.resolve(".config/ioc-console/console.yaml"), Path.of("/etc/ioc-console/console.yaml"));
        assertThat(AppPaths.settingsFiles(OperatingSystem.WINDOWS, dir, Map.of("PROGRAMDATA", "D:/Data")))
                .endsWith(Path.of("D:/Data", "IOC Console", "console.yaml"));
    }

    @Test
    void pathsFromTheFileRankBelowFlagsAndEnvironment() {
        AppPaths.Flags file = new AppPaths.Flags("file-cache", "file-sources.yaml", "file-logs");

        AppPaths paths = AppPaths.resolve(
                OperatingSystem.LINUX,
                dir,
                Map.of(AppPaths.SOURCES_ENV, "env-sources.yaml"),
                new AppPaths.Flags(null, null, "flag-logs"),
                file);

        assertThat(paths.cacheDir()).isEqualTo(Path.of("file-cache"));
        assertThat(paths.sourcesFile()).isEqualTo(Path.of("env-sources.yaml"));
        assertThat(paths.logDir()).isEqualTo(Path.of("flag-logs"));
    }
}
