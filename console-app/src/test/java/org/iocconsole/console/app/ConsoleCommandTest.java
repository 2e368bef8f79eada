package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.console.workspace.WindowLayout;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.config.OperatingSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConsoleCommandTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private ConsoleOptions parsed;

    private int run(Map<String, String> env, Locale locale, String... args) {
        CommandLine commandLine = ConsoleCommand.commandLine(
                new ConsoleCommand.Host(OperatingSystem.LINUX, home, env), locale, (o, w, e) -> {
                    parsed = o;
                    return 0;
                });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void withoutFlagsUsesThePlatformDefaults() {
        assertThat(run(Map.of(), Locale.US)).isZero();

        assertThat(parsed.cacheDir()).isEqualTo(home.resolve(".local/share/ioc-console/cache"));
        assertThat(parsed.sourcesFile()).isEqualTo(home.resolve(".config/ioc-console/sources.yaml"));
        assertThat(parsed.logDir()).isEqualTo(home.resolve(".local/state/ioc-console/logs"));
        assertThat(parsed.language()).isEqualTo(Language.EN);
        assertThat(parsed.theme()).isEqualTo(Theme.LIGHT);
        assertThat(parsed.demo()).isFalse();
        assertThat(parsed.demoProvince()).isEqualTo("19");
        assertThat(parsed.syncOnce()).isFalse();
        assertThat(parsed.exitAfterFirstFrame()).isFalse();
        assertThat(out.toString() + err).isEmpty();
    }

    @Test
    void aFlagWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of(
                "IOC_CONSOLE_CACHE", home.resolve("env-cache").toString(),
                "IOC_CONSOLE_SOURCES", home.resolve("env-sources.yaml").toString());

        run(env, Locale.US, "--cache", home.resolve("flag-cache").toString());

        assertThat(parsed.cacheDir()).isEqualTo(home.resolve("flag-cache"));
        assertThat(parsed.sourcesFile()).isEqualTo(home.resolve("env-sources.yaml"));
    }

    @Test
    void readsEveryFlag() {
        int code = run(
                Map.of(),
                Locale.US,
                "--cache",
                "c",
                "--sources",
                "s.yaml",
                "--log-dir",
                "l",
                "--lang",
                "vi",
                "--theme",
                "dark",
                "--layout",
                "window",
                "--demo",
                "--demo-province",
                "48",
                "--sync-once",
                "--exit-after-first-frame");

        assertThat(code).isZero();
        assertThat(parsed)
                .isEqualTo(ConsoleOptions.builder(Path.of("c"), Path.of("s.yaml"), Path.of("l"))
                        .language(Language.VI)
                        .theme(Theme.DARK)
                        .demo(true)
                        .demoProvince("48")
                        .syncOnce(true)
                        .exitAfterFirstFrame(true)
                        .build());
    }

    @Test
    void speaksVietnameseWhenTheSystemDoesUnlessToldOtherwise() {
        run(Map.of(), Locale.forLanguageTag("vi-VN"));
        assertThat(parsed.language()).isEqualTo(Language.VI);

        run(Map.of(), Locale.forLanguageTag("vi-VN"), "--lang", "EN");
        assertThat(parsed.language()).isEqualTo(Language.EN);

        run(Map.of(), Locale.FRANCE);
        assertThat(parsed.language()).isEqualTo(Language.EN);
    }

    @Test
    void badFlagsGiveAClearMessageAndExitCode2() {
        assertThat(run(Map.of(), Locale.US, "--bogus")).isEqualTo(2);
        assertThat(err.toString()).contains("--bogus").contains("--help");
        assertThat(parsed).isNull();
    }

    @Test
    void anUnknownLanguageOrThemeIsABadFlag() {
        assertThat(run(Map.of(), Locale.US, "--lang", "fr")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang").contains("fr");
        assertThat(run(Map.of(), Locale.US, "--theme", "blue")).isEqualTo(2);
        assertThat(parsed).isNull();
    }

    @Test
    void aMalformedProvinceCodeIsABadFlag() {
        assertThat(run(Map.of(), Locale.US, "--demo-province", "Lạng Sơn")).isEqualTo(2);
        assertThat(err.toString()).contains("--demo-province").contains("two digits");
        assertThat(parsed).isNull();
    }

    @Test
    void helpListsTheFlagsButNotTheHiddenOne() {
        assertThat(run(Map.of(), Locale.US, "--help")).isZero();

        assertThat(out.toString())
                .contains("--sync-once", "--demo-province", "--theme", "--config", "--role", "--layout");
        assertThat(out.toString()).doesNotContain("exit-after-first-frame");
        assertThat(parsed).isNull();
    }

    private Path settings(String text) throws IOException {
        Path file = home.resolve(".config/ioc-console/console.yaml");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void theSettingsFileFillsWhatNoFlagOrVariableSets() throws IOException {
        settings("""
                sources: /etc/ioc-console/sources.yaml
                cache: cache-from-file
                role: operator
                lang: vi
                """);

        assertThat(run(Map.of("IOC_CONSOLE_CACHE", "env-cache"), Locale.US, "--theme", "light"))
                .isZero();

        assertThat(parsed.sourcesFile()).isEqualTo(Path.of("/etc/ioc-console/sources.yaml"));
        assertThat(parsed.cacheDir()).isEqualTo(Path.of("env-cache"));
        assertThat(parsed.language()).isEqualTo(Language.VI);
        assertThat(parsed.role()).isEqualTo(Role.OPERATOR);
        assertThat(parsed.theme()).isEqualTo(Theme.LIGHT);
        assertThat(parsed.layout()).isEqualTo(WindowLayout.WALL);
        assertThat(parsed.settingsProblem()).isNull();
    }

    @Test
    void aRoleChoosesTheDefaultsOfThemeLayoutAndDemo() {
        run(Map.of(), Locale.US, "--role", "operator");
        assertThat(parsed.theme()).isEqualTo(Theme.DARK);
        assertThat(parsed.layout()).isEqualTo(WindowLayout.WALL);
        assertThat(parsed.demo()).isFalse();

        run(Map.of(), Locale.US, "--role", "trainer", "--layout", "FULLSCREEN");
        assertThat(parsed.theme()).isEqualTo(Theme.LIGHT);
        assertThat(parsed.layout()).isEqualTo(WindowLayout.FULLSCREEN);
        assertThat(parsed.demo()).isTrue();

        run(Map.of(), Locale.US);
        assertThat(parsed.role()).isEqualTo(Role.LEADER);
        assertThat(parsed.layout()).isEqualTo(WindowLayout.COMPACT);

        run(Map.of(), Locale.US, "--role", "trainer");
        assertThat(parsed.layout()).isEqualTo(WindowLayout.TRAINER);
        run(Map.of(), Locale.US, "--layout", "wall", "--theme", "contrast");
        assertThat(parsed.layout()).isEqualTo(WindowLayout.WALL);
        assertThat(parsed.theme()).isEqualTo(Theme.CONTRAST);
    }

    @Test
    void aWrongSettingsFileStopsSyncOnceWithExitCode2NamingFileLineAndField() throws IOException {
        Path file = settings("role: operator\ntheme: blue\n");

        assertThat(run(Map.of(), Locale.US, "--sync-once")).isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo("ioc-console: " + file + ":2: theme: \"blue\" is not one of dark, light, contrast"
                        + System.lineSeparator());
        assertThat(parsed).isNull();
    }

    @Test
    void aWrongSettingsFileOpensTheWindowOnDefaultsToShowTheProblem() throws IOException {
        Path file = settings("layout: cinema\n");

        assertThat(run(Map.of(), Locale.US)).isZero();

        assertThat(parsed.settingsProblem())
                .isEqualTo(file + ":1: layout: \"cinema\" is not one of window, fullscreen, wall, compact, trainer");
        assertThat(parsed.layout()).isEqualTo(WindowLayout.COMPACT);
        assertThat(err.toString()).contains(file + ":1: layout:");
    }

    @Test
    void aSettingsFileNamedOnTheCommandLineMustExist() {
        Path missing = home.resolve("nowhere.yaml");

        assertThat(run(Map.of(), Locale.US, "--config", missing.toString(), "--sync-once"))
                .isEqualTo(2);
        assertThat(err.toString()).contains(missing + ": the file does not exist");
    }

    @Test
    void aScenarioFlagMakesADemoSessionPlayingIt() {
        assertThat(run(Map.of(), Locale.US, "--scenario", "lu-song-cau")).isZero();

        assertThat(parsed.scenario()).isEqualTo("lu-song-cau");
        assertThat(parsed.demo()).isTrue();

        run(Map.of(), Locale.US);
        assertThat(parsed.scenario()).isNull();
        assertThat(parsed.demo()).isFalse();
    }

    @Test
    void theSettingsFileNamesAScenarioFileBesideItUnlessAFlagNamesAnother() throws IOException {
        Path file = settings("scenario: drills/flood.yaml\n");

        run(Map.of(), Locale.US);
        assertThat(parsed.scenario())
                .isEqualTo(file.getParent().resolve("drills/flood.yaml").toString());
        assertThat(parsed.demo()).isTrue();

        run(Map.of(), Locale.US, "--scenario", "dich-benh");
        assertThat(parsed.scenario()).isEqualTo("dich-benh");
    }
}
