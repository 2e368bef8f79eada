package org.iocconsole.sync.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong passwords for an encrypted cache, counted beside it: five lock for fifteen minutes, across restarts. */
class LoginThrottleTest {
    private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

    @TempDir
    Path dir;

    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void fiveWrongPasswordsLockForFifteenMinutesAlsoAfterARestart() {
        LoginThrottle throttle = new LoginThrottle(dir, "live", clock);
        for (int i = 1; i < LocalUsers.MAX_FAILURES; i++) {
            assertThat(throttle.failed("lan")).isNull();
        }

        assertThat(throttle.failed("lan")).isEqualTo(START.plus(LocalUsers.LOCKOUT));
        LoginThrottle restarted = new LoginThrottle(dir, "live", clock);
        assertThat(restarted.lockedUntil("lan")).isEqualTo(START.plus(LocalUsers.LOCKOUT));
        assertThat(restarted.lockedUntil("minh")).isNull();
        now = now.plus(LocalUsers.LOCKOUT);
        assertThat(restarted.lockedUntil("lan")).isNull();
        // A lock that ran out starts a new count.
        assertThat(restarted.failed("lan")).isNull();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        LoginThrottle throttle = new LoginThrottle(dir, "live", clock);
        for (int i = 1; i < LocalUsers.MAX_FAILURES; i++) {
            throttle.failed("lan");
        }

        throttle.succeeded("lan");

        assertThat(throttle.failed("lan")).isNull();
    }

    @Test
    void aClockThatJumpedBackNeverLocksLongerThanTheLockout() {
        LoginThrottle throttle = new LoginThrottle(dir, "live", clock);
        now = START.plus(Duration.ofDays(365));
        for (int i = 0; i < LocalUsers.MAX_FAILURES; i++) {
            throttle.failed("lan");
        }
        now = START;

        assertThat(throttle.lockedUntil("lan")).isEqualTo(START.plus(LocalUsers.LOCKOUT));
    }

    @Test
    void aDamagedFileLocksNobodyOut() throws IOException {
        Files.writeString(dir.resolve("live.lockout"), "lan.until=\\uZZZZ\n");

        assertThat(new LoginThrottle(dir, "live", clock).lockedUntil("lan")).isNull();
    }
}
