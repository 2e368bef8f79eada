package org.iocconsole.console.syncstatus;

import java.util.Collection;

/** Whether the console reaches its sources, as the status bar shows it. */
public enum ConnectionState {
    /** No source has answered or failed in this session yet. */
    CONNECTING,
    /** At least one source answered in its latest attempt of this session. */
    ONLINE,
    /** Every source that was tried in this session failed: the console shows what the cache holds. */
    OFFLINE,
    /** The session shows the demo province. */
    DEMO,
    /** The data side could not be opened (a wrong sources file, an unusable cache): nothing is synced or shown. */
    FAILED;

    /**
     * The state shown for these rows. Only outcomes seen in this session count: a success stored in the cache from
     * yesterday says nothing about the network today.
     */
    public static ConnectionState of(Collection<SourceRow> rows, boolean demo) {
        if (demo) {
            return DEMO;
        }
        boolean unreachable = false;
        for (SourceRow row : rows) {
            if (row.reach() == SourceRow.Reach.REACHED) {
                return ONLINE;
            }
            unreachable |= row.reach() == SourceRow.Reach.UNREACHABLE;
        }
        return unreachable ? OFFLINE : CONNECTING;
    }
}
