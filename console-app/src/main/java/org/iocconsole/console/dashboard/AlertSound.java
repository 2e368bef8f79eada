package org.iocconsole.console.dashboard;

/** Plays the short sound of a critical alert. A seam: tests count the calls without an audio device. */
@FunctionalInterface
public interface AlertSound {
    /** Starts the sound and returns at once; never throws for a missing audio device. */
    void play();
}
