package org.iocconsole.sync.reports;

import java.time.Duration;
import java.time.Instant;

/** Where a report stands against its deadline at a given time. */
public enum SlaState {
    /** Answered, or without a deadline: nothing runs. */
    NONE,
    ON_TIME,
    /** Open and due within the at-risk window. */
    AT_RISK,
    /** Open and past the deadline. */
    OVERDUE;

    /**
     * The state of a report at {@code now}.
     *
     * @param open Open311's status: a closed report's deadline no longer runs
     */
    public static SlaState of(boolean open, Instant expectedAt, Instant now, Duration atRisk) {
        if (!open || expectedAt == null) {
            return NONE;
        }
        if (expectedAt.isBefore(now)) {
            return OVERDUE;
        }
        return expectedAt.isBefore(now.plus(atRisk)) ? AT_RISK : ON_TIME;
    }
}
