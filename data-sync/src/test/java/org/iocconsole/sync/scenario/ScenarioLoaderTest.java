package org.iocconsole.sync.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.ConfigProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scenario format: what it reads, and a located message for every mistake. */
class ScenarioLoaderTest {

    /** A small valid scenario; the parameterised tests replace line 18 (the second event's fields). */
    private static final String TEMPLATE = """
            version: 1
            id: drill
            title: {vi: "Diễn tập", en: "Drill"}
            province: "19"
            start: 2026-09-14T06:00:00+07:00
            length: "04:00"
            seed: 7
            events:
              - at: "00:10"
                type: report
                ref: r1
                service: flooding
                commune: "05467"
                description: "Ngập sâu"
              - at: "00:20"
                type: camera
                camera: CAM-0001
                %s
            """;

    @TempDir
    Path dir;

    @Test
    void readsMetadataAndEvents() throws ConfigException {
        Scenario scenario = ScenarioLoader.parse(TEMPLATE.formatted("status: offline"), "drill.yaml");

        assertThat(scenario.id()).isEqualTo("drill");
        assertThat(scenario.title().vi()).isEqualTo("Diễn tập");
        assertThat(scenario.start()).isEqualTo(Instant.parse("2026-09-13T23:00:00Z"));
        assertThat(scenario.end()).isEqualTo(Instant.parse("2026-09-14T03:00:00Z"));
        assertThat(scenario.seed()).isEqualTo(7);
        assertThat(scenario.events()).hasSize(2);
        ScenarioEvent report = scenario.events().get(0);
        assertThat(report.type()).isEqualTo(ScenarioEventType.REPORT);
        assertThat(report.at()).isEqualTo(Duration.ofMinutes(10));
        assertThat(report.line()).isEqualTo(9);
        assertThat(report.required("commune")).isEqualTo("05467");
        assertThat(scenario.events().get(1).required("status")).isEqualTo("offline");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "status: broken|18|events[1].status: \"broken\" is not allowed (use maintenance, offline, online)",
                "colour: red|15|events[1].status: is missing (required)",
                "status:|18|events[1].status: has no value",
            })
    void namesLineAndField(String line, int expectedLine, String expected) {
        assertThatThrownBy(() -> ScenarioLoader.parse(TEMPLATE.formatted(line), "drill.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> {
                    ConfigProblem problem = ((ConfigException) e).problems().get(0);
                    assertThat(problem.line()).isEqualTo(expectedLine);
                    assertThat(problem.describe()).isEqualTo("drill.yaml:" + expectedLine + ": " + expected);
                });
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() {
        String text = TEMPLATE.formatted("status: offline\n    colour: red");

        assertThatThrownBy(() -> ScenarioLoader.parse(text, "drill.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("drill.yaml:19: events[1].colour: unknown field (known: at, type, camera, status)");
    }

    @Test
    void eventsOutOfOrderAreNamedWithBothLines() {
        String text = TEMPLATE.formatted("status: offline").replace("at: \"00:20\"", "at: \"00:05\"");

        assertThatThrownBy(() -> ScenarioLoader.parse(text, "drill.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("drill.yaml:15: events[1].at: 00:05 comes before the event above it (00:10 on line 9):"
                        + " events must be in time order");
    }

    @Test
    void anAlertIsClearedByItsRefAndAnUnknownOrRepeatedAlertRefIsNamed() throws ConfigException {
        String alerts = TEMPLATE.formatted("status: offline") + """
                  - at: "00:30"
                    type: alert
                    ref: a1
                    level: warning
                    title: {vi: "Mưa lớn"}
                  - at: "01:00"
                    type: alert_cleared
                    alert: a1
                """;
        assertThat(ScenarioLoader.parse(alerts, "drill.yaml").events().get(3).required("alert"))
                .isEqualTo("a1");

        String unknown = alerts.replace("alert: a1", "alert: a2");
        assertThatThrownBy(() -> ScenarioLoader.parse(unknown, "drill.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("events[3].alert: no alert \"a2\" is defined above this event")
                .hasMessageContaining("with an earlier 'alert' event");
    }

    @Test
    void anEventAfterTheEndOrAnUnknownReferenceIsNamed() {
        String text = TEMPLATE.formatted("status: offline") + """
                  - at: "05:00"
                    type: report_update
                    report: r2
                    status: resolved
                """;

        assertThatThrownBy(() -> ScenarioLoader.parse(text, "drill.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(
                        "drill.yaml:19: events[2].at: 05:00 is after the end of the scenario" + " (length 04:00)")
                .hasMessageContaining("drill.yaml:21: events[2].report: no report \"r2\" is defined above this event");
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        String text = """
                version: 2
                id: Bad Id
                events:
                  - at: soon
                    type: flood
                """;

        assertThatThrownBy(() -> ScenarioLoader.parse(text, "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .extracting(ConfigProblem::describe)
                        .contains(
                                "bad.yaml:1: version: must be 1, was 2",
                                "bad.yaml:2: id: use lower-case letters, digits, '-'",
                                "bad.yaml:1: title: is missing (required)",
                                "bad.yaml:1: start: is missing (required)",
                                "bad.yaml:4: events[0].at: \"soon\" is not a time from the start (HH:MM or HH:MM:SS,"
                                        + " such as 02:15)",
                                "bad.yaml:5: events[0].type: unknown type \"flood\" (known: report, report_update,"
                                        + " kpi, camera, alert, alert_cleared, area, area_cleared, message)"));
    }

    @Test
    void aPolygonNeedsThreeValidPoints() {
        String text = TEMPLATE.formatted("status: offline") + """
                  - at: "01:00"
                    type: area
                    ref: a1
                    kind: flood
                    name: {vi: "Vùng ngập"}
                    polygon: [[105.8, 21.5], [105.9, 95], [105.9, 21.6]]
                """;

        assertThatThrownBy(() -> ScenarioLoader.parse(text, "drill.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("drill.yaml:24: events[2].polygon[1]: must be [lon, lat] with lon in -180..180 and lat"
                        + " in -90..90");
    }

    @Test
    void notYamlOrMissingFilesGetOneClearLine() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "version: 1\nid: [unclosed\n");

        assertThatThrownBy(() -> ScenarioLoader.load(broken))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("broken.yaml:3: not valid YAML");
        assertThatThrownBy(() -> ScenarioLoader.load(dir.resolve("none.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("none.yaml: the file does not exist");
    }

    @Test
    void theBuiltInScenariosAreValid() throws ConfigException {
        for (String id : BuiltInScenarios.IDS) {
            Scenario scenario = BuiltInScenarios.load(id);
            assertThat(scenario.id()).isEqualTo(id);
            assertThat(scenario.province()).isEqualTo("19");
            assertThat(scenario.title().vi()).isNotBlank();
            assertThat(scenario.title().en()).isNotBlank();
            assertThat(scenario.events()).hasSizeGreaterThan(8);
        }
        assertThatThrownBy(() -> BuiltInScenarios.load("no-such"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no built-in scenario \"no-such\"");
    }
}
