package org.iocconsole.console.workspace.layout;

import java.util.Objects;

/**
 * A saved dashboard on a wall screen: one by its id, or the rotation through the dashboards saved for a role, each for
 * its own dwell. Immutable.
 *
 * @param ofRole whether {@code key} names a role whose dashboards rotate, rather than one dashboard's id
 */
public record DashboardPick(boolean ofRole, String key) {
    public DashboardPick {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a dashboard pick names a dashboard or a role");
        }
    }

    /** The dashboard saved under {@code id}. */
    public static DashboardPick one(String id) {
        return new DashboardPick(false, id);
    }

    /** The dashboards saved for {@code role}, in turn. */
    public static DashboardPick rotationOf(String role) {
        return new DashboardPick(true, role);
    }

    /** The field that names it in a layout file: {@code dashboard} or {@code dashboards}. */
    public String field() {
        return ofRole ? "dashboards" : "dashboard";
    }

    /** Tells picks and views apart where both are keyed ({@code dashboard:traffic}, {@code dashboards:wall}). */
    public String slug() {
        return field() + ":" + key;
    }
}
