package org.iocconsole.console.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.TableCell;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real console for a test, started headless as the launcher starts it and stopped after the test: a field of the
 * test, with {@link #stop()} in its {@code @AfterEach}.
 */
final class RunningConsole {
    private Application app;

    /**
     * Options of a console in English and the light theme (laptop type: the Data & Sync rows fit the headless
     * screen) with its cache, sources file and logs in {@code dir}. The sources file does not exist until a test
     * writes it, so the console runs the demo province.
     */
    static ConsoleOptions.Builder options(Path dir) {
        return ConsoleOptions.builder(dir.resolve("cache"), dir.resolve("sources.yaml"), dir.resolve("logs"))
                .language(Language.EN)
                .theme(Theme.LIGHT);
    }

    /** Starts the console with these options and the launcher's data side; returns a robot to drive it. */
    FxRobot start(ConsoleOptions options) throws Exception {
        FxToolkit.registerPrimaryStage();
        ConsoleApplication.prepare(options, Launcher::openServices);
        app = FxToolkit.setupApplication(ConsoleApplication.class);
        return new FxRobot();
    }

    /** Stops the console and closes its windows, if it runs; a test may call it before its end. */
    void stop() throws Exception {
        if (app != null) {
            Application running = app;
            app = null;
            FxToolkit.cleanupApplication(running);
            FxToolkit.cleanupStages();
        }
    }

    /** How many table cells shown carry a style class starting with {@code prefix} (read on the FX thread). */
    static long cellsMarked(FxRobot robot, String prefix) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                        .filter(cell -> cell.getStyleClass().stream().anyMatch(c -> c.startsWith(prefix)))
                        .count())
                .get(10, TimeUnit.SECONDS);
    }
}
