package org.iocconsole.console.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.scenario.BuiltInScenarios;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioDraft;
import org.iocconsole.sync.scenario.ScenarioEvent;
import org.iocconsole.sync.scenario.ScenarioEventType;
import org.iocconsole.sync.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a scenario's events, placing them on the map, checking and saving: edit, save, load gives the same. */
class ScenarioEditorViewModelTest {
    @TempDir
    Path dir;

    private Scenario original;
    private ScenarioEditorViewModel vm;

    @BeforeEach
    void open() throws ConfigException {
        original = BuiltInScenarios.load("tai-nan-ql3");
        vm = new ScenarioEditorViewModel(
                ScenarioDraft.of(original), new I18n(Language.EN), Runnable::run, Runnable::run);
    }

    @Test
    void editedEventsSaveAndLoadBackAsEdited() throws Exception {
        int count = vm.events().size();
        vm.add("05:50", "area");
        int area = count;
        vm.setField(area, "ref", "ngap-ql3");
        vm.setField(area, "kind", "flood");
        vm.setField(area, "name.vi", "Ngập QL3");
        vm.placeAt(area, 105.88, 21.44);
        vm.placeAt(area, 105.89, 21.44);
        vm.placeAt(area, 105.89, 21.45);
        vm.add("05:55", "message");
        vm.setField(count + 1, "from", "Trực ban");
        vm.setField(count + 1, "text.vi", "Kết thúc");
        vm.setAt(0, "00:11");
        vm.placeAt(0, 105.891, 21.452);
        // The message of 00:30.
        vm.remove(3);

        Path file = dir.resolve("edited.yaml");
        vm.save(file);
        assertThat(vm.messageProperty().get()).isEqualTo("Saved as edited.yaml");

        Scenario back = ScenarioLoader.load(file);
        assertThat(back.events()).hasSize(count + 1);
        ScenarioEvent first = back.events().get(0);
        assertThat(first.at()).isEqualTo(Duration.ofMinutes(11));
        assertThat(first.required("lat")).isEqualTo("21.45200");
        assertThat(first.required("lon")).isEqualTo("105.89100");
        ScenarioEvent flood = back.events().get(count - 1);
        assertThat(flood.type()).isEqualTo(ScenarioEventType.AREA);
        assertThat(flood.polygon()).hasSize(3);
        assertThat(flood.texts("name").vi()).isEqualTo("Ngập QL3");
        assertThat(back.events().get(count).texts("text").vi()).isEqualTo("Kết thúc");

        ScenarioEditorViewModel reopened = new ScenarioEditorViewModel(
                ScenarioDraft.of(back), new I18n(Language.EN), Runnable::run, Runnable::run);
        assertThat(reopened.yaml()).isEqualTo(vm.yaml());
    }

    @Test
    void anEventOutOfOrderIsNamedByLineAndFieldAndNotSaved() {
        vm.setAt(1, "00:01");
        Path file = dir.resolve("wrong.yaml");

        vm.validate("wrong.yaml");
        assertThat(vm.messageProperty().get()).contains("wrong.yaml:").contains("events[1].at: 00:01 comes before");

        vm.save(file);
        assertThat(vm.messageProperty().get()).contains("events[1].at");
        assertThat(Files.exists(file)).isFalse();

        vm.setAt(1, "00:15");
        vm.validate("wrong.yaml");
        assertThat(vm.messageProperty().get()).isEqualTo("The scenario is valid.");
    }

    @Test
    void anAlertRemovedWhileALaterEventClearsItIsNamedAndNotSaved() {
        // The accident's alert of 00:15; the road's reopening at 04:30 clears it.
        vm.remove(1);
        Path file = dir.resolve("cleared.yaml");

        vm.save(file);

        assertThat(vm.messageProperty().get())
                .contains("cleared.yaml:")
                .contains(".alert: no alert \"tai-nan-ql3-km60\" is defined above this event");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void mapClicksPlaceTheSelectedReportAndDrawTheSelectedArea() throws Exception {
        vm.mapClicked(105.9, 21.5);
        assertThat(vm.messageProperty().get()).isEqualTo("Select an event in the table first, then click the map.");

        vm.selectedProperty().set(0);
        assertThat(vm.events().get(0).type()).isEqualTo("report");
        vm.mapClicked(105.8912, 21.4523);
        assertThat(vm.events().get(0).fields()).containsEntry("lat", "21.45230").containsEntry("lon", "105.89120");

        int area = vm.events().size();
        vm.add("05:50", "area");
        vm.setField(area, "ref", "ngap");
        vm.setField(area, "kind", "flood");
        vm.setField(area, "name.vi", "Ngập");
        vm.selectedProperty().set(area);
        vm.mapClicked(105.88, 21.44);
        vm.mapClicked(105.89, 21.44);
        vm.finishArea();
        assertThat(vm.messageProperty().get()).isEqualTo("An area needs at least three corners (2 so far).");
        assertThat(vm.drawingProperty().get()).isTrue();
        vm.mapClicked(105.89, 21.45);
        vm.finishArea();
        assertThat(vm.messageProperty().get()).isEqualTo("Area finished with 3 corners.");
        assertThat(vm.drawingProperty().get()).isFalse();
        assertThat(vm.events().get(area).polygon()).hasSize(3);

        // After Finish, a click starts the outline again; Clear empties it.
        vm.mapClicked(105.70, 21.60);
        assertThat(vm.events().get(area).polygon()).hasSize(1);
        vm.clearArea();
        assertThat(vm.events().get(area).polygon()).isEmpty();
        vm.mapClicked(105.88, 21.44);
        vm.mapClicked(105.89, 21.44);
        vm.mapClicked(105.89, 21.45);
        vm.finishArea();

        int alert = vm.events().size();
        vm.add("05:55", "alert");
        vm.selectedProperty().set(alert);
        vm.mapClicked(105.9, 21.5);
        assertThat(vm.messageProperty().get()).isEqualTo("A \"alert\" event has no place on the map.");
        assertThat(vm.events().get(alert).fields()).doesNotContainKeys("lat", "lon");
        vm.finishArea();
        assertThat(vm.messageProperty().get()).isEqualTo("Select an area event first.");
        vm.remove(alert);

        Path file = dir.resolve("placed.yaml");
        vm.save(file);
        Scenario back = ScenarioLoader.load(file);
        assertThat(back.events().get(0).field("lat")).contains("21.45230");
        assertThat(back.events().get(area).polygon()).hasSize(3);
        assertThat(back.events().get(area).polygon().get(2)).containsExactly(105.89, 21.45);
    }

    @Test
    void theMapFrameTurnsAClickBackIntoThePlaceItShows() {
        EditorMapFrame frame = EditorMapFrame.around(
                java.util.List.of(new double[] {105.5, 21.3, 106.2, 21.3, 106.2, 22.0}), 360, 320);
        double x = frame.x(105.85);
        double y = frame.y(21.6);
        assertThat(x).isBetween(0.0, 360.0);
        assertThat(y).isBetween(0.0, 320.0);
        assertThat(frame.lonLat(x, y)[0]).isCloseTo(105.85, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(frame.lonLat(x, y)[1]).isCloseTo(21.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(frame.y(22.0)).as("north up").isLessThan(frame.y(21.3));
        EditorMapFrame empty = EditorMapFrame.around(java.util.List.of(), 360, 320);
        assertThat(empty.west()).as("Viet Nam when nothing is known").isEqualTo(102.1);
    }
}
