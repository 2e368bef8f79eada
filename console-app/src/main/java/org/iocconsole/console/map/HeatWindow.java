package org.iocconsole.console.map;

import java.time.Duration;

/** How far back the heat map counts reports received. */
public enum HeatWindow {
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(30)),
    ALL(null);

    private final Duration span;

    HeatWindow(Duration span) {
        this.span = span;
    }

    /** The span back from now; null for all time. */
    public Duration span() {
        return span;
    }
}
