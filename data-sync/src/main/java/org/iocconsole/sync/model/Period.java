package org.iocconsole.sync.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period as the contracts write it: {@code 2026-10}, {@code 2026-Q3} or {@code 2026}. */
public record Period(Kind kind, LocalDate start) implements Comparable<Period> {

    /** Length of a period. */
    public enum Kind {
        MONTH,
        QUARTER,
        YEAR
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
    }

    /** Parses a period; throws {@link IllegalArgumentException} naming the text when it is none of the forms. */
    public static Period parse(String text) {
        if (text != null) {
            Matcher m = MONTH.matcher(text);
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12) {
                    return new Period(Kind.MONTH, LocalDate.of(Integer.parseInt(m.group(1)), month, 1));
                }
            }
            m = QUARTER.matcher(text);
            if (m.matches()) {
                int quarter = Integer.parseInt(m.group(2));
                return new Period(Kind.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)), quarter * 3 - 2, 1));
            }
            m = YEAR.matcher(text);
            if (m.matches()) {
                return new Period(Kind.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a period (YYYY-MM, YYYY-Qn or YYYY)");
    }

    /** The month period containing that month. */
    public static Period of(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1));
    }

    /** The contract's spelling. */
    public String text() {
        return switch (kind) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : kind.compareTo(other.kind);
    }

    @Override
    public String toString() {
        return text();
    }
}
