package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The real console, started headless with no configuration: it serves the demo province and syncs all of it. */
@Tag("ui")
class ConsoleStartTest {
    private static final int SOURCES = 10;

    @TempDir
    Path dir;

    private final RunningConsole console = new RunningConsole();

    @AfterEach
    void close() throws Exception {
        console.stop();
    }

    @Test
    void firstStartSyncsTheDemoProvinceAndDataAndSyncShowsEverySourceSynced() throws Exception {
        FxRobot robot = console.start(RunningConsole.options(dir).build());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        // Sources run again on their schedules, so phases come and go; a success once stays in "last success".
        WaitForAsyncUtils.waitFor(
                180,
                TimeUnit.SECONDS,
                () -> RunningConsole.cellsMarked(robot, "sync-cell-phase-") == SOURCES
                        && RunningConsole.cellsMarked(robot, "sync-cell-never") == 0);

        assertThat(RunningConsole.cellsMarked(robot, "sync-cell-phase-failed")).isZero();
        assertThat(robot.lookup(LabeledMatchers.hasText("DEMO · Simulated data"))
                        .tryQuery())
                .isPresent();
        assertThat(dir.resolve("cache").resolve(DataSideOpener.DEMO_CACHE + ".mv.db"))
                .exists();
        assertThat(dir.resolve("cache").resolve(DataSideOpener.LIVE_CACHE + ".mv.db"))
                .doesNotExist();
    }
}
