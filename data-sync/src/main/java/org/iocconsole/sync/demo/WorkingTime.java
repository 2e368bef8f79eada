package org.iocconsole.sync.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/** Office hours and working days in Vietnam (Monday to Friday, 7:30 to 17:00; holidays are not modelled). */
final class WorkingTime {
    private WorkingTime() {}

    /** The deadline {@code days} working days after {@code start}, at the same time of day. */
    static Instant addWorkingDays(Instant start, int days) {
        ZonedDateTime time = start.atZone(Json.VN);
        int added = 0;
        while (added < days) {
            time = time.plusDays(1);
            if (isWorkingDay(time.getDayOfWeek())) {
                added++;
            }
        }
        return time.toInstant();
    }

    /** {@code time} if it falls in office hours, else the next opening plus {@code jitter}. */
    static Instant nextOfficeMoment(Instant time, Duration jitter) {
        LocalDateTime local = LocalDateTime.ofInstant(time, Json.VN);
        int minutes = local.getHour() * 60 + local.getMinute();
        if (isWorkingDay(local.getDayOfWeek()) && minutes >= 450 && minutes < 1020) {
            return time;
        }
        LocalDateTime opening = local.toLocalDate().atTime(7, 30);
        if (minutes >= 450) {
            opening = opening.plusDays(1);
        }
        while (!isWorkingDay(opening.getDayOfWeek())) {
            opening = opening.plusDays(1);
        }
        return opening.toInstant(Json.VN).plus(jitter);
    }

    static boolean isWorkingDay(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
