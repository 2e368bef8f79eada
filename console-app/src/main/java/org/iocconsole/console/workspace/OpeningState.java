package org.iocconsole.console.workspace;

/** Where opening the data side (cache, sync, demo) stands. */
public enum OpeningState {
    /** The shell is up; the data side is being opened off the FX thread. */
    OPENING,
    /** The data side is open and the screens show it. */
    READY,
    /** Opening failed; the shell shows why. */
    FAILED
}
