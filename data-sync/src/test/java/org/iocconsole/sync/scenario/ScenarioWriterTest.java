package org.iocconsole.sync.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The editor's round trip: a scenario written as YAML reads back to the same scenario. */
class ScenarioWriterTest {
    @Test
    void everyBuiltInScenarioReadsBackToTheSameEvents() throws ConfigException {
        for (String id : BuiltInScenarios.IDS) {
            Scenario original = BuiltInScenarios.load(id);

            Scenario back = ScenarioLoader.parse(ScenarioWriter.yaml(ScenarioDraft.of(original)), id + ".yaml");

            assertThat(back.id()).isEqualTo(original.id());
            assertThat(back.title()).isEqualTo(original.title());
            assertThat(back.description()).isEqualTo(original.description());
            assertThat(back.province()).isEqualTo(original.province());
            assertThat(back.start()).isEqualTo(original.start());
            assertThat(back.length()).isEqualTo(original.length());
            assertThat(back.seed()).isEqualTo(original.seed());
            assertThat(summaries(back)).as(id).isEqualTo(summaries(original));
        }
    }

    @Test
    void anEditedEventSurvivesQuotesNewlinesAndVietnamese() throws ConfigException {
        Scenario original = BuiltInScenarios.load("tai-nan-ql3");
        ScenarioDraft draft = ScenarioDraft.of(original);
        List<ScenarioDraft.Event> events = new ArrayList<>(draft.events());
        events.add(new ScenarioDraft.Event(
                "05:59", "message", Map.of("from", "Ban \"Chỉ huy\"", "text.vi", "Dòng 1\nDòng 2 \\ hết"), List.of()));

        Scenario back = ScenarioLoader.parse(ScenarioWriter.yaml(draft.withEvents(events)), "edited.yaml");

        ScenarioEvent added = back.events().get(back.events().size() - 1);
        assertThat(added.required("from")).isEqualTo("Ban \"Chỉ huy\"");
        assertThat(added.texts("text").vi()).isEqualTo("Dòng 1\nDòng 2 \\ hết");
    }

    @Test
    void aWrongEditIsNamedByLineAndField() {
        ScenarioDraft draft = ScenarioDraft.of(uncheckedLoad());
        List<ScenarioDraft.Event> events = new ArrayList<>(draft.events());
        events.add(0, new ScenarioDraft.Event("09:00", "camera", Map.of("camera", "CAM-0001"), List.of()));

        assertThatThrownBy(() -> ScenarioLoader.parse(ScenarioWriter.yaml(draft.withEvents(events)), "edited.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("edited.yaml:")
                .hasMessageContaining("events[0].status")
                .hasMessageContaining("events[0].at: 09:00 is after the end");
    }

    private static Scenario uncheckedLoad() {
        try {
            return BuiltInScenarios.load("tai-nan-ql3");
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> summaries(Scenario scenario) {
        return scenario.events().stream()
                .map(e -> e.at() + " " + e.type() + " " + new java.util.TreeMap<>(e.fields()) + " "
                        + e.polygon().stream().map(java.util.Arrays::toString).toList())
                .toList();
    }
}
