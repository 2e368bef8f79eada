package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --scenario}: a drill in its own cache file, and a wrong scenario named by line and field before anything opens. */
class ScenarioStartTest {
    @TempDir
    Path dir;

    private ConsoleOptions options(String scenario) {
        return ConsoleOptions.builder(dir.resolve("cache"), dir.resolve("sources.yaml"), dir.resolve("logs"))
                .language(Language.EN)
                .theme(Theme.LIGHT)
                .demo(true)
                .syncOnce(true)
                .role(Role.TRAINER)
                .scenario(scenario)
                .build();
    }

    @Test
    void aDrillOpensItsOwnCacheFileAndNeverTheLiveOne() throws Exception {
        try (DataSide data = DataSideOpener.open(options("tai-nan-ql3"), f -> {}, p -> {}, e -> {})) {
            assertThat(data.demo()).isTrue();
            assertThat(data.agent().cache().file().getFileName().toString()).startsWith("scenario-tai-nan-ql3");
            assertThat(data.sessionClock()).isPresent();
            assertThat(data.sessionClock().get().instant()).isEqualTo(java.time.Instant.parse("2026-04-29T07:00:00Z"));
        }
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(DataSideOpener.LIVE_CACHE + "."))
                    .noneMatch(name -> name.startsWith(DataSideOpener.DEMO_CACHE + "."));
        }
    }

    @Test
    void anEventOutOfOrderStopsSyncOnceWithExitCode2NamingLineAndField() throws IOException {
        Path drill = Files.writeString(dir.resolve("drill.yaml"), BAD_ORDER);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = Launcher.syncOnce(options(drill.toString()), new PrintWriter(out), new PrintWriter(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("drill.yaml:13: events[1].at:").contains("time order");
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void anUnknownBuiltInOrAMissingFileIsNamed() {
        assertThatThrownBy(() -> ScenarioArgument.load("lu-song"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no built-in scenario \"lu-song\"")
                .hasMessageContaining("lu-song-cau");
        assertThatThrownBy(() -> ScenarioArgument.load(dir.resolve("none.yaml").toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("none.yaml: the file does not exist");
    }

    @Test
    void anUnknownCameraIsNamedByLineAndNothingStaysOpen() throws IOException {
        Path drill = Files.writeString(dir.resolve("cams.yaml"), UNKNOWN_CAMERA);

        assertThatThrownBy(() -> DataSideOpener.open(options(drill.toString()), f -> {}, p -> {}, e -> {}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cams.yaml:11: events[0].camera:")
                .hasMessageContaining("CAM-9999");
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    static final String HEAD = """
            version: 1
            id: drill
            title: {vi: "Diễn tập", en: "Drill"}
            province: "19"
            start: 2026-05-04T08:00:00+07:00
            length: "02:00"
            seed: 7
            events:
            """;

    static final String BAD_ORDER = HEAD + """
              - at: "00:10"
                type: message
                from: "Trực ban"
                text: {vi: "Bắt đầu"}
              - at: "00:05"
                type: message
                from: "Trực ban"
                text: {vi: "Sớm hơn"}
            """;

    static final String UNKNOWN_CAMERA = HEAD + """
              - at: "00:10"
                type: camera
                camera: CAM-9999
                status: offline
            """;
}
