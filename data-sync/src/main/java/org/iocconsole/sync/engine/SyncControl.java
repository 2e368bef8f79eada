package org.iocconsole.sync.engine;

import java.util.List;

/** What a user may ask of the sync engine. Thread-safe; every call returns at once. */
public interface SyncControl {

    /** The configured sources, in the order of the configuration file. */
    List<SourceSummary> sources();

    /** Starts a run of that source now, unless one is running. */
    void syncNow(String sourceId);

    /** Starts a run of every source now. */
    void syncAllNow();

    /** Stops that source's run, cancelling its request in flight; committed pages stay. */
    void cancel(String sourceId);
}
