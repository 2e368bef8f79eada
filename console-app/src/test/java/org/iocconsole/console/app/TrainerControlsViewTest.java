package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.iocconsole.console.workspace.WindowLayout;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.scenario.ScenarioStatus;
import org.iocconsole.sync.scenario.ScenarioTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real console started as a trainer with {@code --scenario}: the bar drives the demo province's player. */
@Tag("ui")
class TrainerControlsViewTest {
    @TempDir
    Path dir;

    private final RunningConsole console = new RunningConsole();

    @AfterEach
    void close() throws Exception {
        console.stop();
    }

    @Test
    void theTrainerWorkspaceHoldsTheControlsAndTheDrillsEventsInItsPanel() throws Exception {
        FxRobot robot = start(WindowLayout.TRAINER);

        waitForText(robot, "#trainer-time", "00:00 / 06:00");
        Node bar = robot.lookup("#trainer-bar").query();
        Node panel = robot.lookup("#scenario-place").query();
        assertThat(isInside(bar, panel)).isTrue();
        @SuppressWarnings("unchecked")
        ListView<ScenarioStatus.Mark> events = robot.lookup("#drill-events").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !events.getItems().isEmpty());
        ScenarioStatus.Mark later = events.getItems().stream()
                .filter(mark -> mark.atSeconds() > 0)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            events.getSelectionModel().select(later);
            events.getOnMouseClicked().handle(null);
        });
        waitForText(robot, "#trainer-time", ScenarioTime.format(Duration.ofSeconds(later.atSeconds())) + " / 06:00");
    }

    private static boolean isInside(Node node, Node container) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    private FxRobot start(WindowLayout layout) throws Exception {
        return console.start(RunningConsole.options(dir)
                .demo(true)
                .role(Role.TRAINER)
                .layout(layout)
                .scenario("tai-nan-ql3")
                .build());
    }

    @Test
    void theTrainerPlaysPausesSeeksAndResetsTheDrillFromTheBar() throws Exception {
        FxRobot robot = start(WindowLayout.WINDOW);

        waitForText(robot, "#trainer-time", "00:00 / 06:00");
        assertThat(text(robot, "#trainer-time")).contains("29/04/2026");
        assertThat(robot.lookup("#demo-watermark").queryAs(Label.class).isVisible())
                .isTrue();
        assertThat(robot.lookup(".trainer-mark").queryAll()).isNotEmpty();

        robot.clickOn("#trainer-play");
        waitForText(robot, "#trainer-play", "Pause");
        robot.clickOn("#trainer-play");
        waitForText(robot, "#trainer-play", "Play");

        goTo(robot, "02:00");
        waitForText(robot, "#trainer-time", "02:00 / 06:00");
        // The drill's critical alert of 00:15 comes through the sync into the drill's cache, and from there on screen.
        waitForNotices(robot, ".drill-notice-critical", true);
        // It is an alert like any other too: its toast shows over the screens, clear of the trainer's bar, whose
        // controls the trainer goes on using while it shows (the clicks below would land on a toast over them).
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> robot.lookup(".alert-toast")
                .tryQuery()
                .isPresent());
        // Measured once laid out, in the pulse after it came.
        WaitForAsyncUtils.waitForFxEvents();
        Bounds toast = screenBounds(robot, ".alert-toast");
        Bounds bar = screenBounds(robot, "#trainer-bar");
        assertThat(toast.intersects(bar))
                .as("toast %s over the trainer's bar %s", toast, bar)
                .isFalse();

        goTo(robot, "07:00");
        waitForText(robot, "#trainer-message", "cannot seek to 07:00");
        assertThat(text(robot, "#trainer-time")).startsWith("02:00 / 06:00");

        @SuppressWarnings("unchecked")
        ComboBox<Double> speed = robot.lookup("#trainer-speed").queryAs(ComboBox.class);
        robot.interact(() -> speed.setValue(600.0));
        robot.clickOn("#trainer-reset");
        waitForText(robot, "#trainer-time", "00:00 / 06:00");
        assertThat(text(robot, "#trainer-message")).isEmpty();
        waitForNotices(robot, ".drill-notice", false);
        // The player kept the speed: a poll a second later still shows it.
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertThat(robot.lookup("#trainer-speed").queryAs(ComboBox.class).getValue())
                .isEqualTo(600.0);
    }

    private static Bounds screenBounds(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScreen(node.getBoundsInLocal());
    }

    /** Types a time into the go-to field and confirms it, as Enter does, wherever the bar sits in the window. */
    private static void goTo(FxRobot robot, String time) {
        TextField field = robot.lookup("#trainer-goto").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(time);
            field.fireEvent(new ActionEvent());
        });
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    Node node = robot.lookup(id).query();
                    return ((Labeled) node).getText();
                })
                .get(10, TimeUnit.SECONDS);
    }

    private static void waitForText(FxRobot robot, String id, String part) throws Exception {
        // A busy machine may hold the FX thread a while (a rebuild, the first screens): a slow read is asked again.
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> {
            try {
                return robot.lookup(id).tryQuery().isPresent()
                        && text(robot, id).contains(part);
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            }
        });
    }

    private static void waitForNotices(FxRobot robot, String selector, boolean shown) throws Exception {
        WaitForAsyncUtils.waitFor(
                180, TimeUnit.SECONDS, () -> robot.lookup(selector).queryAll().isEmpty() != shown);
    }
}
