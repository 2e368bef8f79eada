package org.iocconsole.sync.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(" 0 ", clock)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 03:05:00 GMT", clock)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 02:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
    }

    @Test
    void capsAbsurdWaitsAtADay() {
        assertThat(RetryAfter.parse("99999999999999", clock)).isEqualTo(Duration.ofDays(1));
        assertThat(RetryAfter.parse("Tue, 22 Nov 2050 03:05:00 GMT", clock)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.parse(null, clock)).isNull();
        assertThat(RetryAfter.parse("", clock)).isNull();
        assertThat(RetryAfter.parse("-5", clock)).isNull();
        assertThat(RetryAfter.parse("soon", clock)).isNull();
    }
}
