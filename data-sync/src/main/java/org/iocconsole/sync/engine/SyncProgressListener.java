package org.iocconsole.sync.engine;

/**
 * Receives every change of a source's sync phase and progress. Called on the engine's worker threads, possibly
 * from several sources at once: implementations must be thread-safe and return quickly.
 */
@FunctionalInterface
public interface SyncProgressListener {
    void onProgress(SyncProgress progress);
}
