package org.iocconsole.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeTextsTest {
    private static final Instant AT = Instant.parse("2026-11-22T03:32:00Z");

    private final I18n i18n = new I18n(Language.VI);
    private final TimeTexts times = new TimeTexts(i18n, ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void showsInstantsInTheConsolesZone() {
        assertThat(times.absolute(AT)).isEqualTo("10:32 22/11/2026");
        assertThat(new TimeTexts(i18n, ZoneId.of("UTC")).absolute(AT)).isEqualTo("03:32 22/11/2026");
    }

    @Test
    void saysHowLongAgoInVietnamese() {
        assertThat(times.relative(AT, AT.plusSeconds(59))).isEqualTo("vừa xong");
        assertThat(times.relative(AT, AT.plus(Duration.ofMinutes(5)))).isEqualTo("5 phút trước");
        assertThat(times.relative(AT, AT.plus(Duration.ofHours(3)))).isEqualTo("3 giờ trước");
        assertThat(times.relative(AT, AT.plus(Duration.ofDays(2)))).isEqualTo("2 ngày trước");
    }

    @Test
    void saysHowLongAgoInEnglishWithPlurals() {
        i18n.setLanguage(Language.EN);

        assertThat(times.relative(AT, AT.plus(Duration.ofMinutes(1)))).isEqualTo("1 minute ago");
        assertThat(times.relative(AT, AT.plus(Duration.ofMinutes(5)))).isEqualTo("5 minutes ago");
        assertThat(times.relative(AT, AT.plus(Duration.ofHours(1)))).isEqualTo("1 hour ago");
        assertThat(times.relative(AT, AT.plus(Duration.ofDays(3)))).isEqualTo("3 days ago");
    }

    @Test
    void readsAnInstantAheadOfTheClockAsJustNow() {
        assertThat(times.relative(AT.plusSeconds(300), AT)).isEqualTo("vừa xong");
    }

    @Test
    void combinesRelativeAndAbsolute() {
        assertThat(times.relativeAndAbsolute(AT, AT.plus(Duration.ofMinutes(5))))
                .isEqualTo("5 phút trước (10:32 22/11/2026)");
    }
}
