package org.iocconsole.console.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The console's clock: the system's until the data side opens, then the session's. In a demo or a drill that is the
 * province's virtual clock, so countdowns, "as of" and the status bar's time agree with the drill, even while the
 * trainer pauses, speeds up or seeks. Keeps its own zone, the one times are shown in. Thread-safe.
 */
public final class SessionClock extends Clock {
    private final ZoneId zone;
    private volatile Clock source;

    public SessionClock(Clock initial, ZoneId zone) {
        this.source = Objects.requireNonNull(initial, "initial");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** From now on tells the time of {@code next}. */
    public void follow(Clock next) {
        source = Objects.requireNonNull(next, "next");
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        SessionClock copy = new SessionClock(source, other);
        return copy;
    }

    @Override
    public Instant instant() {
        return source.instant();
    }

    @Override
    public long millis() {
        return source.millis();
    }
}
