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
        vm.remove(1);

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
}
