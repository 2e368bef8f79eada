package org.iocconsole.sync.cache;

/**
 * The headline counts of the overview.
 *
 * @param reportsOverdue open reports past their deadline at the time asked
 * @param reportsLastDay reports received in the 24 hours before the time asked
 */
public record OverviewCounts(
        long reportsTotal,
        long reportsOpen,
        long reportsOverdue,
        long reportsLastDay,
        long cameras,
        long camerasOffline,
        long facilities,
        long communes,
        long indicators,
        long observations) {}
