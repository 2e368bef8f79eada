package org.iocconsole.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionClockTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void tellsTheSessionsTimeOnceItFollowsItInItsOwnZone() {
        Instant system = Instant.parse("2026-12-03T10:00:00Z");
        Instant drill = Instant.parse("2026-04-29T07:00:00Z");
        SessionClock clock = new SessionClock(Clock.fixed(system, ZoneOffset.UTC), VIETNAM);
        assertThat(clock.instant()).isEqualTo(system);

        clock.follow(Clock.fixed(drill, ZoneOffset.UTC));

        assertThat(clock.instant()).isEqualTo(drill);
        assertThat(clock.millis()).isEqualTo(drill.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(VIETNAM);
        assertThat(clock.withZone(ZoneOffset.UTC).instant()).isEqualTo(drill);
    }
}
