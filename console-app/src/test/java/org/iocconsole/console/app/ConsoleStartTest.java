package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The real console, started headless with no configuration: it serves the demo province and syncs all of it. */
@Tag("ui")
class ConsoleStartTest {
    private static final int SOURCES = 10;

    @TempDir
    Path dir;

    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void firstStartSyncsTheDemoProvinceAndDataAndSyncShowsEverySourceSynced() throws Exception {
        FxToolkit.registerPrimaryStage();
        ConsoleOptions options = ConsoleOptions.builder(
                        dir.resolve("cache"), dir.resolve("no-sources.yaml"), dir.resolve("logs"))
                .language(Language.EN)
                .theme(Theme.LIGHT) // laptop type: the ten rows fit the headless screen
                .build();
        ConsoleApplication.prepare(options, Launcher::openServices);
        app = FxToolkit.setupApplication(ConsoleApplication.class);
        FxRobot robot = new FxRobot();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        // Sources run again on their schedules, so phases come and go; a success once stays in "last success".
        WaitForAsyncUtils.waitFor(
                180,
                TimeUnit.SECONDS,
                () -> cellsMarked(robot, "sync-cell-phase-") == SOURCES && cellsMarked(robot, "sync-cell-never") == 0);

        assertThat(cellsMarked(robot, "sync-cell-phase-failed")).isZero();
        assertThat(robot.lookup(LabeledMatchers.hasText("DEMO · Simulated data"))
                        .tryQuery())
                .isPresent();
        assertThat(dir.resolve("cache").resolve(DataSideOpener.DEMO_CACHE + ".mv.db"))
                .exists();
        assertThat(dir.resolve("cache").resolve(DataSideOpener.LIVE_CACHE + ".mv.db"))
                .doesNotExist();
    }

    /** How many cells of the Data & Sync table carry a style class starting with that prefix (FX thread read). */
    private static long cellsMarked(FxRobot robot, String prefix) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                        .filter(cell -> cell.getStyleClass().stream().anyMatch(c -> c.startsWith(prefix)))
                        .count())
                .get(10, TimeUnit.SECONDS);
    }
}
