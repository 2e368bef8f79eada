package org.iocconsole.sync.reports;

/**
 * An operator action that cannot be taken on a report as it stands; nothing was changed or queued. The reason is a
 * code the console turns into a message in the user's language, the detail names the values involved.
 */
public final class ReportActionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the action was refused. */
    public enum Reason {
        /** The cache has no such report (any more). */
        NOT_FOUND,
        /** The workflow does not allow the change from the report's status. */
        NOT_ALLOWED,
        /** A duplicate must name another report that the cache has. */
        BAD_ORIGINAL,
        /** A value is missing or not one of the allowed ones. */
        INVALID,
        /** A sync changed the report between reading and recording; read it again. */
        CHANGED
    }

    private final Reason reason;

    public ReportActionException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
