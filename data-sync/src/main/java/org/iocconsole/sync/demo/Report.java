package org.iocconsole.sync.demo;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A citizen report as the demo holds it: what was reported, the steps already taken ({@link #history}) and those
 * planned for later ({@link #plan}), which virtual time reveals. Guarded by the {@link ReportDesk}'s lock.
 */
final class Report {
    /** Workflow statuses in which Open311 calls a request closed: nothing more is expected of the agency. */
    static final Set<String> CLOSED_STATUSES = Set.of("resolved", "closed", "rejected", "duplicate");

    final ReportService service;
    final String description;
    final String address;
    final Double lat;
    final Double lon;
    final String communeCode;
    final String channel;
    final boolean hasPhoto;
    final Instant requestedAt;
    final Instant expectedAt;

    String id;
    String addressId;
    /** A photo URL the citizen sent, which wins over the photo the demo draws. */
    String externalMediaUrl;

    String priority;
    String agencyResponsible;
    String duplicateOf;
    Instant updatedAt;
    final List<ReportStep> history = new ArrayList<>();
    final Deque<ReportStep> plan = new ArrayDeque<>();

    Report(
            ReportService service,
            String description,
            String address,
            Double lat,
            Double lon,
            String communeCode,
            String channel,
            boolean hasPhoto,
            Instant requestedAt,
            Instant expectedAt,
            String priority) {
        this.service = service;
        this.description = description;
        this.address = address;
        this.lat = lat;
        this.lon = lon;
        this.communeCode = communeCode;
        this.channel = channel;
        this.hasPhoto = hasPhoto;
        this.requestedAt = requestedAt;
        this.expectedAt = expectedAt;
        this.priority = priority;
    }

    String workflowStatus() {
        return history.isEmpty() ? "received" : history.get(history.size() - 1).status();
    }

    boolean closed() {
        return CLOSED_STATUSES.contains(workflowStatus());
    }

    String statusNotes() {
        return history.isEmpty() ? null : history.get(history.size() - 1).note();
    }

    String mediaUrl() {
        if (externalMediaUrl != null) {
            return externalMediaUrl;
        }
        return hasPhoto ? "media/reports/" + id + ".jpg" : null;
    }

    /** Shows the planned steps due by {@code now}; returns whether any was shown. */
    boolean revealUntil(Instant now) {
        boolean changed = false;
        while (!plan.isEmpty() && !plan.peekFirst().at().isAfter(now)) {
            record(plan.pollFirst());
            changed = true;
        }
        return changed;
    }

    /** Adds a step to the history and takes over its agency. */
    void record(ReportStep step) {
        history.add(step);
        if (step.agency() != null) {
            agencyResponsible = step.agency();
        }
        updatedAt = step.at();
    }

    Instant nextPlannedAt() {
        return plan.isEmpty() ? null : plan.peekFirst().at();
    }
}
