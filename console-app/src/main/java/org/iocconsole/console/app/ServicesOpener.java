package org.iocconsole.console.app;

import org.iocconsole.sync.cache.CacheDatabase;

/**
 * Opens the data side: the cache, the sync engine and, in a demo session, the demo province. Called once, on a
 * background thread, after the shell's first frame is on screen; it may block as long as it needs.
 */
@FunctionalInterface
public interface ServicesOpener {

    /**
     * @param progress where to report how far opening has come
     * @param events the listener the sync engine must report progress and cache changes to; the console's views
     *     subscribe to it, and it keeps each source's latest progress for views that subscribe later
     * @param cache the cache the login opened (encrypted or not), or null to open it here
     * @return the open services, which the console closes on exit
     * @throws Exception when the data side cannot be opened; the message is shown to the user as it is, so it should
     *     name what is wrong (for a sources file: the file, the line and the field)
     */
    ConsoleServices open(ConsoleOptions options, OpeningProgress progress, SyncEventRelay events, CacheDatabase cache)
            throws Exception;
}
