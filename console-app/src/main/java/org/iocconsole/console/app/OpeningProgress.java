package org.iocconsole.console.app;

/** Told how far opening the data side has come, for the "Opening data…" progress bar. Thread-safe. */
@FunctionalInterface
public interface OpeningProgress {
    /** @param fraction from 0 to 1, or -1 when the remaining work is unknown */
    void report(double fraction);
}
