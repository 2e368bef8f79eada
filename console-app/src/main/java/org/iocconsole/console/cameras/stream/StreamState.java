package org.iocconsole.console.cameras.stream;

import java.util.Locale;

/** What a camera tile shows of its stream; every state has a text and a colour of its own. */
public enum StreamState {
    /** The first connection is being made. */
    CONNECTING,
    /** Frames arrive. */
    LIVE,
    /** The connection failed or ended; the next attempt waits its backoff. */
    RECONNECTING,
    /** Connected or connecting, but no whole frame came within the stall timeout. */
    NO_SIGNAL,
    /** The camera refused the credentials (HTTP 401 or 403). */
    UNAUTHORIZED,
    /** The registry says the camera is offline or in maintenance: not even tried. */
    OFFLINE,
    /** Nothing is played (an empty tile, or the player was stopped). */
    IDLE;

    /** Lower-case name for style classes and bundle keys ({@code no_signal}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the camera counts as out of service for alerts. */
    public boolean down() {
        return this == NO_SIGNAL || this == UNAUTHORIZED || this == OFFLINE || this == RECONNECTING;
    }
}
