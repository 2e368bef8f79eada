package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the console loads before its shell is on screen, in a fresh JVM as a user starts it (headless Monocle): the
 * libraries of the data side and of the other screens wait until after the first frame, where they cost the user no
 * waiting.
 */
class FirstFrameClassesTest {
    /** Packages whose classes the first frame does not need: JSON, preferences, HTTP, the cache, maps, PDF. */
    private static final List<String> NOT_BEFORE_THE_FIRST_FRAME = List.of(
            "com.fasterxml.jackson.databind.",
            "java.util.prefs.",
            "okhttp3.",
            "org.h2.",
            "org.flywaydb.",
            "com.gluonhq.maps.",
            "org.apache.pdfbox.");

    @TempDir
    Path work;

    @Test
    void theShellIsShownBeforeAnyDataSideOrScreenLibraryIsLoaded() throws IOException, InterruptedException {
        Path classes = work.resolve("classes.log");
        Process console = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xlog:class+load:file=" + classes,
                        "-Duser.home=" + work.resolve("home"),
                        "-Dprism.order=sw",
                        "-Dglass.platform=Monocle",
                        "-Dmonocle.platform=Headless",
                        "-Djavafx.cachedir=" + work.resolve("javafx-cache"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Launcher.class.getName(),
                        "--cache",
                        work.resolve("cache").toString(),
                        "--sources",
                        work.resolve("no-sources.yaml").toString(),
                        "--log-dir",
                        work.resolve("logs").toString(),
                        "--exit-after-first-frame")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!console.waitFor(3, TimeUnit.MINUTES)) {
            console.destroyForcibly();
        }
        assertThat(console.exitValue())
                .as("the console showed its first frame and exited")
                .isZero();

        List<String> loaded = Files.readAllLines(classes).stream()
                .map(FirstFrameClassesTest::className)
                .toList();
        // FirstFrame is loaded right after the stage is shown: what came before is the first frame's.
        int shown = loaded.indexOf(FirstFrame.class.getName());
        assertThat(shown).as("the log reaches the first frame").isPositive();
        List<String> beforeTheFrame = loaded.subList(0, shown);
        assertThat(beforeTheFrame)
                .as("a class of the shell itself is loaded")
                .contains("org.iocconsole.console.workspace.ShellView");
        assertThat(beforeTheFrame)
                .filteredOn(name -> NOT_BEFORE_THE_FIRST_FRAME.stream().anyMatch(name::startsWith))
                .isEmpty();
    }

    /** The class name of a line such as {@code [0.5s][info][class,load] java.lang.Object source: shared objects file}. */
    private static String className(String line) {
        String[] parts = line.split(" ");
        return parts.length > 1 ? parts[1] : "";
    }
}
