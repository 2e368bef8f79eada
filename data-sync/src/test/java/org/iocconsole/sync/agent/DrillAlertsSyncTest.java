package org.iocconsole.sync.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertKind;
import org.iocconsole.sync.alert.AlertState;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.alert.Severity;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.demo.ScenarioPlayer;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioCache;
import org.iocconsole.sync.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drill's scripted alerts come through the notices feed over real HTTP and become alerts like the rules' ones: listed,
 * announced once, acknowledged through the outbox and audit log, cleared with their notice and rewound by a seek.
 */
class DrillAlertsSyncTest {
    private static final String YAML = """
            version: 1
            id: alerts-drill
            title: {vi: "Cảnh báo", en: "Alerts"}
            province: "19"
            start: 2026-09-14T05:00:00+07:00
            length: "03:00"
            seed: 7
            events:
              - at: "00:10"
                type: alert
                ref: nuoc-len
                level: critical
                title: {vi: "Nước sông Cầu lên nhanh", en: "The Cầu river rises fast"}
                text: {vi: "Báo động 2"}
              - at: "00:40"
                type: alert
                level: warning
                title: {vi: "Mưa lớn kéo dài", en: "Heavy rain goes on"}
              - at: "01:30"
                type: alert_cleared
                alert: nuoc-len
            """;

    private static final String RIVER = "notice/alert-0";
    private static final String RAIN = "notice/alert-1";

    @TempDir
    Path dir;

    @Test
    void scriptedAlertsAreAlertsThatClearAndRewindWithTheProvince() throws ConfigException {
        Scenario scenario = ScenarioLoader.parse(YAML, "alerts.yaml");
        try (DemoProvince demo = DemoProvince.play(scenario, DemoOptions.defaults());
                SyncAgent agent = open(demo, scenario)) {
            ScenarioPlayer player = demo.scenario().orElseThrow();
            AlertStore alerts = new AlertStore(agent.cache());
            DemoAgents.syncAll(agent);
            assertThat(alerts.active()).as("at the start").isEmpty();

            player.seek(Duration.ofMinutes(45));
            DemoAgents.syncAll(agent);
            assertThat(alerts.active())
                    .extracting(Alert::alertId)
                    .as("most severe first")
                    .containsExactly(RIVER, RAIN);
            Alert river = alerts.active().get(0);
            assertThat(river.kind()).isEqualTo(AlertKind.NOTICE);
            assertThat(river.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(river.state()).isEqualTo(AlertState.OPEN);
            assertThat(river.raisedAt()).as("the drill's time").isEqualTo(at(scenario, 10));
            assertThat(river.title().in("en")).isEqualTo("The Cầu river rises fast");
            assertThat(river.text().in("en")).as("English falls back").isEqualTo("Báo động 2");
            assertThat(alerts.announceNotices())
                    .extracting(Alert::alertId)
                    .as("announced once, oldest first")
                    .containsExactly(RIVER, RAIN);
            assertThat(alerts.announceNotices()).isEmpty();

            assertThat(alerts.apply(List.of(), at(scenario, 45)))
                    .as("an evaluation of the rules finds nothing")
                    .isEmpty();
            assertThat(alerts.active())
                    .as("and leaves the province's alerts alone")
                    .hasSize(2);

            assertThat(alerts.acknowledge(agent.actions(), RIVER, "dieuhanh01", at(scenario, 13)))
                    .isTrue();
            assertThat(alerts.find(RIVER).orElseThrow().state()).isEqualTo(AlertState.ACKNOWLEDGED);
            assertThat(agent.outbox().counts().pending()).isEqualTo(1);
            assertThat(new AuditLog(agent.cache()).between(scenario.start(), scenario.end()))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.action()).isEqualTo(AlertStore.ACKNOWLEDGE);
                        assertThat(e.targetId()).isEqualTo(RIVER);
                    });
            DemoAgents.syncAll(agent);
            assertThat(alerts.find(RIVER).orElseThrow().state())
                    .as("a sync without change keeps the acknowledgement")
                    .isEqualTo(AlertState.ACKNOWLEDGED);

            player.seek(Duration.ofMinutes(100));
            DemoAgents.syncAll(agent);
            assertThat(alerts.find(RIVER).orElseThrow().state())
                    .as("cleared with its notice at 01:30")
                    .isEqualTo(AlertState.CLEARED);
            assertThat(alerts.active()).extracting(Alert::alertId).containsExactly(RAIN);
            List<String> later = contents(alerts);

            player.seek(Duration.ofMinutes(20));
            ScenarioCache.clearSynced(agent.cache());
            DemoAgents.syncAll(agent);
            assertThat(alerts.active())
                    .as("after a seek back to 00:20 the river alert is open again, the rain not yet raised")
                    .singleElement()
                    .satisfies(a -> {
                        assertThat(a.alertId()).isEqualTo(RIVER);
                        assertThat(a.state()).isEqualTo(AlertState.OPEN);
                        assertThat(a.acknowledgedBy()).isNull();
                    });
            assertThat(alerts.announceNotices()).extracting(Alert::alertId).containsExactly(RIVER);

            player.seek(Duration.ofMinutes(100));
            DemoAgents.syncAll(agent);
            assertThat(contents(alerts))
                    .as("the same position gives the same alerts")
                    .isEqualTo(later);

            player.reset();
            ScenarioCache.clearSynced(agent.cache());
            DemoAgents.syncAll(agent);
            assertThat(alerts.find(RIVER)).as("after a reset").isEmpty();
            assertThat(alerts.active()).isEmpty();
        }
    }

    /** What each of the drill's alerts says and when, without who acknowledged it. */
    private static List<String> contents(AlertStore alerts) {
        return List.of(RIVER, RAIN).stream()
                .map(id -> alerts.find(id)
                        .map(a -> a.alertId() + " " + a.severity() + " " + a.state() + " " + a.raisedAt() + " "
                                + a.title() + " " + a.text())
                        .orElse(id + " none"))
                .toList();
    }

    private static Instant at(Scenario scenario, int minutes) {
        return scenario.start().plus(Duration.ofMinutes(minutes));
    }

    private SyncAgent open(DemoProvince demo, Scenario scenario) {
        return DemoAgents.drill(dir, demo, scenario, "notices");
    }
}
