package org.iocconsole.sync.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A citizen report (phản ánh kiến nghị): every Open311 GeoReport v2 field, then the extensions the console uses
 * (priority, workflow status, commune, channel, duplicate, history). {@code expectedAt} is the deadline.
 */
public record CitizenReport(
        String serviceRequestId,
        OpenStatus status,
        String statusNotes,
        String serviceName,
        String serviceCode,
        String description,
        String agencyResponsible,
        String serviceNotice,
        Instant requestedAt,
        Instant updatedAt,
        Instant expectedAt,
        String address,
        String addressId,
        String zipcode,
        Double lat,
        Double lon,
        String mediaUrl,
        String priority,
        String workflowStatus,
        String communeCode,
        String channel,
        String duplicateOf,
        List<ReportHistoryEntry> history) {

    /** Open311's two states. */
    public enum OpenStatus {
        OPEN,
        CLOSED
    }

    public CitizenReport {
        Objects.requireNonNull(serviceRequestId, "serviceRequestId");
        Objects.requireNonNull(status, "status");
        history = history == null ? List.of() : List.copyOf(history);
    }
}
