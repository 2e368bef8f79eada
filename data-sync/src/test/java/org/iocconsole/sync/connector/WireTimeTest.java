package org.iocconsole.sync.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireTimeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-21T08:12:30+07:00",
                "2026-11-21T01:12:30Z",
                "2026-11-21t01:12:30z",
                "2026-11-21 08:12:30+07:00",
                "2026-11-20T20:12:30-05:00",
                "2026-11-21T08:12:30+0700",
                "2026-11-21T08:12:30+07",
                "2026-11-21T01:12:30.000Z",
            })
    void readsTheSameInstantInEveryForm(String text) {
        assertThat(WireTime.parseInstant(text)).isEqualTo(Instant.parse("2026-11-21T01:12:30Z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-21T08:12:30.1+07:00",
                "2026-11-21T08:12:30.123456789+07:00",
                "2024-02-29T23:59:59.999Z",
                "1999-12-31T23:00:00-01:00"
            })
    void agreesWithTheJdk(String text) {
        assertThat(WireTime.parseInstant(text))
                .isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-21T08:12:30", "2026-11-21T08:12:30.500"})
    void refusesTimestampsWithoutOffset(String text) {
        assertThatThrownBy(() -> WireTime.parseInstant(text))
                .hasMessage("\"" + text + "\" has no offset (the console never guesses a zone)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-21",
                "yesterday",
                "2026-13-01T00:00:00Z",
                "2026-02-30T00:00:00Z",
                "2026-11-21T24:00:00Z",
                "2026-11-21T08:12:30+19:00",
                "2026-11-21T08:12:30.Z",
                "2026-11-21T08:12:30Zjunk",
                "2026-11-21T08:12:30 +07:00",
            })
    void refusesWhatIsNoTimestamp(String text) {
        assertThatThrownBy(() -> WireTime.parseInstant(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("is not a timestamp (RFC 3339 with an offset)");
    }
}
