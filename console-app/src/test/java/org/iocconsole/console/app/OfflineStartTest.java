package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The leader's laptop away from the network: live sources synced once, then unreachable. The real console starts
 * from the cache alone, shows what it holds, says it is offline and when each source last succeeded.
 */
@Tag("ui")
class OfflineStartTest {
    private static final int SOURCES = 4;

    @TempDir
    Path dir;

    private final RunningConsole console = new RunningConsole();

    @AfterEach
    void close() throws Exception {
        console.stop();
    }

    @Test
    void withTheNetworkGoneEveryScreenShowsTheCacheAndTheStatusSaysOffline() throws Exception {
        ConsoleOptions options = RunningConsole.options(dir).build();
        try (DemoProvince province = DemoProvince.start(DemoOptions.defaults())) {
            Files.writeString(options.sourcesFile(), sources(province));
            StringWriter out = new StringWriter();
            int status = Launcher.syncOnce(options, new PrintWriter(out), new PrintWriter(out));
            assertThat(status).as(out.toString()).isZero();
        }

        FxRobot robot = console.start(options);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> connection(robot).startsWith("Offline"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> RunningConsole.cellsMarked(robot, "sync-cell-phase-failed") == SOURCES);
        assertThat(RunningConsole.cellsMarked(robot, "sync-cell-never")).isZero();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visibleRows(robot) > 0);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visibleRows(robot) > 0);
    }

    /** Live sources of the demo's contracts, as a province would write them. */
    private static String sources(DemoProvince province) {
        return """
                version: 1
                sources:
                  - id: reports
                    contract: open311
                    url: %s
                    every: 15s
                    open311:
                      paging: updated-after
                  - id: cameras
                    contract: cameras
                    url: %s
                    every: 15s
                  - id: admin-units
                    contract: admin-units
                    url: %s
                    every: 15s
                  - id: facilities
                    contract: facilities
                    url: %s
                    every: 15s
                """.formatted(province.open311Url(), province.apiUrl(), province.apiUrl(), province.apiUrl());
    }

    private static String connection(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() ->
                        robot.lookup("#status-connection").queryAs(Label.class).getText())
                .get(10, TimeUnit.SECONDS);
    }

    /** Rows of the table on the screen shown now. */
    private static int visibleRows(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                        .filter(table -> table.getScene() != null && table.isVisible())
                        .mapToInt(table -> table.getItems().size())
                        .sum())
                .get(10, TimeUnit.SECONDS);
    }
}
