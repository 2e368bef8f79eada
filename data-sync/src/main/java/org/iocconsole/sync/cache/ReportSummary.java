package org.iocconsole.sync.cache;

import java.time.Instant;

/** A citizen report as a list shows it, with its commune's name. */
public record ReportSummary(
        String id,
        Instant requestedAt,
        String serviceName,
        String communeName,
        String workflowStatus,
        String priority,
        String agency,
        Instant expectedAt,
        boolean open) {}
