package org.iocconsole.sync.cache;

import java.time.Instant;

/**
 * A citizen report as the map shows it: where, when, its state and deadline, and a few words for the tooltip and the
 * details panel. {@code open} is Open311's status; overdue is for the reader to decide against its clock.
 */
public record ReportLocation(
        String id,
        double lat,
        double lon,
        boolean open,
        String workflowStatus,
        Instant requestedAt,
        Instant expectedAt,
        String serviceName,
        String address,
        String priority,
        String communeCode) {

    /** Whether the report is still open after its deadline at {@code now}. */
    public boolean overdueAt(Instant now) {
        return open && expectedAt != null && expectedAt.isBefore(now);
    }
}
