package org.iocconsole.sync.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The internal workflow of a citizen report (the {@code workflow_status} extension of docs/api/open311.md) and which
 * status may follow which when an operator changes it. Open311 itself knows only open and closed: every status maps
 * to one of them, and the note of the latest step goes out as {@code status_notes}.
 */
public enum WorkflowStatus {
    RECEIVED,
    CLASSIFIED,
    ASSIGNED,
    IN_PROGRESS,
    /** Answered: the agency has dealt with it; the citizen's answer is published. */
    RESOLVED,
    CLOSED,
    /** Not in our remit. */
    REJECTED,
    /** Merged into another report. */
    DUPLICATE;

    /** The spelling on the wire and in the cache ({@code in_progress}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a wire name; empty for a value outside the documented ones (a province's own). */
    public static Optional<WorkflowStatus> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (WorkflowStatus status : values()) {
            if (status.wireName().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Open311's status for this one: answered, closed, rejected and merged reports are closed. */
    public CitizenReport.OpenStatus open311() {
        return this == RESOLVED || this == CLOSED || this == REJECTED || this == DUPLICATE
                ? CitizenReport.OpenStatus.CLOSED
                : CitizenReport.OpenStatus.OPEN;
    }

    /** Whether the report has had its answer (the deadline no longer runs). */
    public boolean answered() {
        return open311() == CitizenReport.OpenStatus.CLOSED;
    }

    /**
     * The statuses an operator may change this one to with a note. Merging into a duplicate is its own action and
     * possible from every open status; acknowledging is received to classified. An answered report may be reopened
     * (resolved to in progress) when the citizen is not satisfied.
     */
    public Set<WorkflowStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(CLASSIFIED, ASSIGNED, REJECTED);
            case CLASSIFIED -> EnumSet.of(ASSIGNED, REJECTED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, CLASSIFIED, REJECTED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, ASSIGNED);
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED, REJECTED, DUPLICATE -> EnumSet.noneOf(WorkflowStatus.class);
        };
    }

    /** Whether a report in this status may be assigned (again) to an agency. */
    public boolean assignable() {
        return this == RECEIVED || this == CLASSIFIED || this == ASSIGNED || this == IN_PROGRESS;
    }
}
