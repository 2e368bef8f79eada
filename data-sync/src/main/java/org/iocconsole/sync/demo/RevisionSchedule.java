package org.iocconsole.sync.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

/**
 * When a periodic figure is published and revised. Versions are numbered from 1; 0 means "not published yet".
 * Immutable.
 */
interface RevisionSchedule {

    /** The latest version published by {@code time}, or 0. */
    int versionAt(Instant time);

    /** When {@code version} is published. */
    Instant timeOf(int version);

    /** The version after {@code version}, or 0 when it is final. */
    int next(int version);

    /** The share of the period a version covers (month-to-date figures grow with it). */
    double fraction(int version);

    default boolean isFinal(int version) {
        return next(version) == 0;
    }

    /**
     * A month's figure: published every morning from the 2nd with the month so far (version k covers k days), and
     * final three days after the month ends. {@code jitterMinutes} spreads rows over the morning.
     */
    record Monthly(YearMonth month, int jitterMinutes) implements RevisionSchedule {

        private Instant base() {
            return month.atDay(1).atTime(2, 0).toInstant(Json.VN).plus(Duration.ofMinutes(jitterMinutes));
        }

        private int days() {
            return month.lengthOfMonth();
        }

        @Override
        public int versionAt(Instant time) {
            long day = Math.floorDiv(Duration.between(base(), time).toSeconds(), 86_400);
            if (day < 1) {
                return 0;
            }
            return day >= days() + 3 ? days() + 3 : (int) Math.min(day, days());
        }

        @Override
        public Instant timeOf(int version) {
            return base().plus(Duration.ofDays(version));
        }

        @Override
        public int next(int version) {
            if (version < days()) {
                return version + 1;
            }
            return version == days() ? days() + 3 : 0;
        }

        @Override
        public double fraction(int version) {
            return Math.min(1.0, version / (double) days());
        }
    }

    /** A quarter's figure: published once, twenty days after the quarter ends. */
    record Quarterly(YearMonth firstMonth) implements RevisionSchedule {

        @Override
        public int versionAt(Instant time) {
            return time.isBefore(timeOf(1)) ? 0 : 1;
        }

        @Override
        public Instant timeOf(int version) {
            return firstMonth.plusMonths(3).atDay(20).atTime(9, 0).toInstant(Json.VN);
        }

        @Override
        public int next(int version) {
            return version == 0 ? 1 : 0;
        }

        @Override
        public double fraction(int version) {
            return 1.0;
        }
    }
}
