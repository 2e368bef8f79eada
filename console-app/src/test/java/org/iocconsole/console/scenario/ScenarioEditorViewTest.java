package org.iocconsole.console.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.scenario.BuiltInScenarios;
import org.iocconsole.sync.scenario.ScenarioDraft;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real editor: a click on its map places the event selected in the table; an area is drawn corner by corner. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScenarioEditorViewTest {
    private ScenarioEditorViewModel vm;

    @Start
    void start(Stage stage) throws ConfigException {
        vm = new ScenarioEditorViewModel(
                ScenarioDraft.of(BuiltInScenarios.load("tai-nan-ql3")),
                new I18n(Language.EN),
                Runnable::run,
                Runnable::run);
        stage.setScene(new Scene(new ScenarioEditorView(vm, new I18n(Language.EN), null).root(), 1300, 700));
        stage.show();
    }

    @Test
    void clicksOnTheMapPlaceTheSelectedReportAndDrawAnArea(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<ScenarioDraft.Event> table =
                robot.lookup("#scenario-editor-table").queryAs(TableView.class);
        Canvas map = robot.lookup("#scenario-editor-map").queryAs(Canvas.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        String before = vm.events().get(0).fields().get("lat");

        click(robot, map, 0.5, 0.5);
        assertThat(vm.messageProperty().get()).startsWith("Placed at");
        assertThat(vm.events().get(0).fields().get("lat")).isNotEqualTo(before);

        int area = indexOf("area");
        robot.interact(() -> table.getSelectionModel().select(area));
        click(robot, map, 0.3, 0.3);
        click(robot, map, 0.7, 0.3);
        robot.clickOn("#scenario-editor-map-finish");
        assertThat(vm.messageProperty().get()).isEqualTo("An area needs at least three corners (2 so far).");
        click(robot, map, 0.5, 0.7);
        robot.clickOn("#scenario-editor-map-finish");
        assertThat(vm.messageProperty().get()).isEqualTo("Area finished with 3 corners.");
        assertThat(vm.events().get(area).polygon()).hasSize(3);
        double[] left = vm.events().get(area).polygon().get(0);
        double[] right = vm.events().get(area).polygon().get(1);
        assertThat(right[0]).as("east of the first corner").isGreaterThan(left[0]);
        assertThat(vm.events().get(area).polygon().get(2)[1])
                .as("the third corner lies south")
                .isLessThan(left[1]);

        robot.clickOn("#scenario-editor-map-clear");
        assertThat(vm.events().get(area).polygon()).isEmpty();
    }

    private int indexOf(String type) {
        for (int i = 0; i < vm.events().size(); i++) {
            if (vm.events().get(i).type().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " event");
    }

    private static void click(FxRobot robot, Canvas map, double fx, double fy) {
        Point2D corner = map.localToScreen(0, 0);
        robot.clickOn(corner.getX() + map.getWidth() * fx, corner.getY() + map.getHeight() * fy, MouseButton.PRIMARY);
    }
}
