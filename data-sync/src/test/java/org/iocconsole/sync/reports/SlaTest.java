package org.iocconsole.sync.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-21T01:00:00Z");

    @TempDir
    Path dir;

    private SlaPolicy load(String yaml) throws Exception {
        Path file = dir.resolve("sla.yaml");
        Files.writeString(file, yaml);
        return SlaPolicy.load(file);
    }

    @Test
    void theMostSpecificRuleWins() throws Exception {
        SlaPolicy sla = load("""
                default-hours: 120
                at-risk-hours: 12
                categories:
                  flooding: 24
                  road_damage: 96
                agencies:
                  "Sở Xây dựng":
                    road_damage: 72
                  "UBND phường Phan Đình Phùng":
                    default: 48
                """);

        assertThat(sla.timeFor("road_damage", "Sở Xây dựng")).isEqualTo(Duration.ofHours(72));
        assertThat(sla.timeFor("road_damage", "Công an tỉnh")).isEqualTo(Duration.ofHours(96));
        assertThat(sla.timeFor("flooding", "Sở Xây dựng"))
                .as("agency rule for another category")
                .isEqualTo(Duration.ofHours(24));
        assertThat(sla.timeFor("waste", "UBND phường Phan Đình Phùng")).isEqualTo(Duration.ofHours(48));
        assertThat(sla.timeFor("waste", null)).isEqualTo(Duration.ofHours(120));
        assertThat(sla.timeFor(null, null)).isEqualTo(Duration.ofHours(120));
        assertThat(sla.atRisk()).isEqualTo(Duration.ofHours(12));
        assertThat(sla.dueAt(RECEIVED, "flooding", null)).isEqualTo(RECEIVED.plus(Duration.ofHours(24)));
    }

    @Test
    void aBadFileIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> load("categories:\n  flooding: soon\n"))
                .hasMessageContaining("categories.flooding: must be a number of hours above 0, not soon");
        assertThatThrownBy(() -> load("default-hours: 0\n")).hasMessageContaining("default-hours");
        assertThatThrownBy(() -> load("deadline: 5\n")).hasMessageContaining("deadline: unknown key");
        assertThatThrownBy(() -> load("agencies: [1, 2]\n")).hasMessageContaining("agencies: must be a mapping");
        assertThatThrownBy(() -> load("a: [\n")).hasMessageContaining("not valid YAML");
    }

    @Test
    void anEmptyFileMeansTheDefaults() throws Exception {
        assertThat(load("").timeFor("x", "y")).isEqualTo(SlaPolicy.defaults().timeFor("x", "y"));
    }

    @Test
    void onTimeAtRiskOverdueFollowAVirtualClock() {
        ConnectorFixture.SettableClock clock = new ConnectorFixture.SettableClock(RECEIVED);
        Instant due = RECEIVED.plus(Duration.ofHours(48));
        Duration risk = Duration.ofHours(12);

        assertThat(SlaState.of(true, due, clock.instant(), risk)).isEqualTo(SlaState.ON_TIME);
        clock.set(due.minus(risk));
        assertThat(SlaState.of(true, due, clock.instant(), risk)).isEqualTo(SlaState.ON_TIME);
        clock.advance(Duration.ofSeconds(1));
        assertThat(SlaState.of(true, due, clock.instant(), risk)).isEqualTo(SlaState.AT_RISK);
        clock.set(due);
        assertThat(SlaState.of(true, due, clock.instant(), risk))
                .as("due this second")
                .isEqualTo(SlaState.AT_RISK);
        clock.advance(Duration.ofSeconds(1));
        assertThat(SlaState.of(true, due, clock.instant(), risk)).isEqualTo(SlaState.OVERDUE);
        assertThat(SlaState.of(false, due, clock.instant(), risk))
                .as("answered")
                .isEqualTo(SlaState.NONE);
        assertThat(SlaState.of(true, null, clock.instant(), risk))
                .as("no deadline")
                .isEqualTo(SlaState.NONE);
    }
}
