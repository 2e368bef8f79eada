package org.iocconsole.sync.model;

import java.util.Locale;
import java.util.Optional;

/** The {@code priority} extension of a citizen report, lowest first; the rank orders the queue. */
public enum ReportPriority {
    LOW(1),
    NORMAL(2),
    HIGH(3),
    URGENT(4);

    private final int rank;

    ReportPriority(int rank) {
        this.rank = rank;
    }

    /** 1 (low) to 4 (urgent); the same numbers as the cache's {@code priority_rank}. */
    public int rank() {
        return rank;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportPriority> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ReportPriority priority : values()) {
            if (priority.wireName().equals(value)) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }

    /** The rank of a wire value; 0 for none or one outside the documented values, so they sort last. */
    public static int rankOf(String value) {
        return fromWire(value).map(ReportPriority::rank).orElse(0);
    }
}
