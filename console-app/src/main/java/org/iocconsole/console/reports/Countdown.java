package org.iocconsole.console.reports;

import java.time.Duration;
import java.time.Instant;
import org.iocconsole.console.common.I18n;

/** Time left to a deadline as the queue shows it: "2 d 03:15", "04:12:09", or how long overdue. FX thread only. */
final class Countdown {
    private Countdown() {}

    /** The text for a deadline at {@code now}; null without a deadline. */
    static String text(I18n i18n, Instant due, Instant now) {
        if (due == null || now == null) {
            return null;
        }
        Duration left = Duration.between(now, due);
        boolean late = left.isNegative();
        Duration size = left.abs();
        long days = size.toDays();
        String clock = String.format("%02d:%02d:%02d", size.toHoursPart(), size.toMinutesPart(), size.toSecondsPart());
        String amount = days > 0 ? i18n.get("reports.queue.countdown.days", days, clock) : clock;
        return late ? i18n.get("reports.queue.countdown.late", amount) : amount;
    }
}
