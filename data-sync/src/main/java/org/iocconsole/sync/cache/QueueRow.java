package org.iocconsole.sync.cache;

import java.time.Instant;

/**
 * One report as a row of the queue.
 *
 * @param communeName the current name of its commune, or null when the cache does not know the code
 * @param open Open311's status
 */
public record QueueRow(
        String id,
        Instant requestedAt,
        String serviceCode,
        String serviceName,
        String communeCode,
        String communeName,
        String workflowStatus,
        String priority,
        String agency,
        Instant expectedAt,
        Instant updatedAt,
        boolean open) {}
