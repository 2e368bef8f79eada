package org.iocconsole.console.common;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Instants as people read them: absolute in the console's zone ("10:32 22/11/2026") and relative to now ("5 phút
 * trước"). FX thread only, like the {@link I18n} it reads.
 */
public final class TimeTexts {
    private final I18n i18n;
    private final ZoneId zone;

    public TimeTexts(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    /** The instant in the console's zone, in the current language's pattern. */
    public String absolute(Instant instant) {
        return DateTimeFormatter.ofPattern(
                        i18n.get("common.time.pattern"), i18n.getLanguage().locale())
                .withZone(zone)
                .format(instant);
    }

    /** A day in the current language's pattern ("22/11/2026"). */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofPattern(
                        i18n.get("common.date.pattern"), i18n.getLanguage().locale())
                .format(day);
    }

    /** How long ago the instant was; an instant ahead of now (clock skew) reads as "just now". */
    public String relative(Instant instant, Instant now) {
        Duration age = Duration.between(instant, now);
        if (age.toMinutes() < 1) {
            return i18n.get("common.time.justnow");
        }
        if (age.toHours() < 1) {
            return i18n.get("common.time.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return i18n.get("common.time.hours", age.toHours());
        }
        return i18n.get("common.time.days", age.toDays());
    }

    /** "as of" text: relative, then absolute. */
    public String relativeAndAbsolute(Instant instant, Instant now) {
        return i18n.get("common.time.relativeabsolute", relative(instant, now), absolute(instant));
    }
}
