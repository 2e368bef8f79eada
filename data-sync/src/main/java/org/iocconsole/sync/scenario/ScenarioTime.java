package org.iocconsole.sync.scenario;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Offsets from a scenario's start as the files write them: {@code 02:15} or {@code 26:30:05} (hours may pass 24). */
public final class ScenarioTime {
    private static final Pattern OFFSET = Pattern.compile("(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?");

    private ScenarioTime() {}

    public static Optional<Duration> parse(String text) {
        Matcher m = OFFSET.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        Duration d = Duration.ofHours(Integer.parseInt(m.group(1))).plusMinutes(Integer.parseInt(m.group(2)));
        return Optional.of(m.group(3) == null ? d : d.plusSeconds(Integer.parseInt(m.group(3))));
    }

    /** {@code 02:15} or {@code 02:15:30}. */
    public static String format(Duration offset) {
        long seconds = offset.getSeconds();
        String text = String.format(Locale.ROOT, "%02d:%02d", seconds / 3600, seconds % 3600 / 60);
        return seconds % 60 == 0 ? text : text + String.format(Locale.ROOT, ":%02d", seconds % 60);
    }
}
