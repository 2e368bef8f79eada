package org.iocconsole.sync.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.iocconsole.sync.cache.NoticeQueries;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.demo.ScenarioPlayer;
import org.iocconsole.sync.model.Notice;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioCache;
import org.iocconsole.sync.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drill's alerts, affected areas and messages reach its own cache through the notices feed, like any other data,
 * and a seek back or a reset takes them back with the province.
 */
class DrillNoticesSyncTest {
    private static final String YAML = """
            version: 1
            id: notices-drill
            title: {vi: "Thông báo", en: "Notices"}
            province: "19"
            start: 2026-09-14T05:00:00+07:00
            length: "03:00"
            seed: 7
            events:
              - at: "00:10"
                type: alert
                level: critical
                title: {vi: "Nước sông Cầu lên nhanh", en: "The Cầu river rises fast"}
                text: {vi: "Báo động 2"}
                commune: "05467"
              - at: "00:20"
                type: area
                ref: ngap-1
                kind: flood
                name: {vi: "Vùng ngập Gia Sàng", en: "Gia Sàng flooding"}
                polygon: [[105.84, 21.58], [105.86, 21.58], [105.86, 21.60]]
              - at: "00:30"
                type: message
                from: "Ban Chỉ huy PCTT tỉnh"
                text: {vi: "Sơ tán các hộ ven sông", en: "Evacuate the riverside households"}
              - at: "02:00"
                type: area_cleared
                area: ngap-1
            """;

    @TempDir
    Path dir;

    @Test
    void noticesAreSyncedIntoTheDrillsCacheAndRewoundWithTheProvince() throws ConfigException {
        Scenario scenario = ScenarioLoader.parse(YAML, "notices.yaml");
        try (DemoProvince demo = DemoProvince.play(scenario, DemoOptions.defaults());
                SyncAgent agent = open(demo, scenario)) {
            ScenarioPlayer player = demo.scenario().orElseThrow();
            NoticeQueries notices = new NoticeQueries(agent.cache());
            DemoAgents.syncAll(agent);
            assertThat(notices.latestAlertsAndMessages(10)).as("at the start").isEmpty();

            player.seek(Duration.ofMinutes(45));
            DemoAgents.syncAll(agent);
            assertThat(notices.latestAlertsAndMessages(10))
                    .extracting(Notice::kind)
                    .as("newest first")
                    .containsExactly(Notice.MESSAGE, Notice.ALERT);
            Notice alert = notices.latestAlertsAndMessages(10).get(1);
            assertThat(alert.level()).isEqualTo("critical");
            assertThat(alert.title().in("en")).isEqualTo("The Cầu river rises fast");
            assertThat(alert.text().in("en"))
                    .as("English falls back to Vietnamese")
                    .isEqualTo("Báo động 2");
            assertThat(alert.unitCode()).isEqualTo("05467");
            assertThat(alert.issuedAt()).isEqualTo(scenario.start().plus(Duration.ofMinutes(10)));
            assertThat(notices.activeAreas()).singleElement().satisfies(area -> {
                assertThat(area.areaKind()).isEqualTo("flood");
                assertThat(area.title().in("vi")).isEqualTo("Vùng ngập Gia Sàng");
                assertThat(area.polygon()).hasSize(3);
                assertThat(area.polygon().get(1)).containsExactly(105.86, 21.58);
            });

            player.seek(Duration.ofMinutes(150));
            DemoAgents.syncAll(agent);
            assertThat(notices.activeAreas()).as("cleared at 02:00").isEmpty();
            List<String> later = contents(notices);

            player.seek(Duration.ofMinutes(15));
            ScenarioCache.clearSynced(agent.cache());
            DemoAgents.syncAll(agent);
            assertThat(notices.latestAlertsAndMessages(10))
                    .extracting(Notice::kind)
                    .as("after a seek back to 00:15")
                    .containsExactly(Notice.ALERT);
            assertThat(notices.activeAreas()).isEmpty();

            player.seek(Duration.ofMinutes(150));
            DemoAgents.syncAll(agent);
            assertThat(contents(notices))
                    .as("the same position gives the same notices")
                    .isEqualTo(later)
                    .hasSize(2);

            player.reset();
            ScenarioCache.clearSynced(agent.cache());
            DemoAgents.syncAll(agent);
            assertThat(notices.latestAlertsAndMessages(10)).as("after a reset").isEmpty();
        }
    }

    /** What a notice says and when, without the time of the sync. */
    private static List<String> contents(NoticeQueries notices) {
        return notices.latestAlertsAndMessages(10).stream()
                .map(n -> n.noticeId() + " " + n.kind() + " " + n.title() + " " + n.text() + " " + n.issuedAt() + " "
                        + n.updatedAt())
                .toList();
    }

    private SyncAgent open(DemoProvince demo, Scenario scenario) {
        return DemoAgents.drill(dir, demo, scenario, "notices");
    }
}
