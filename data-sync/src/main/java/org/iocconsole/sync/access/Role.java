package org.iocconsole.sync.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The roles of the IOC: operators act on the live picture, leaders read it (and acknowledge), trainers drive drills
 * in demo sessions, administrators manage the console. Thread-safe.
 */
public enum Role {
    OPERATOR(EnumSet.of(Permission.ACT_ON_REPORTS, Permission.ACKNOWLEDGE_ALERTS, Permission.RUN_SYNC)),
    /** Read-mostly: a leader sees everything, may acknowledge alerts and take their own console off a wall. */
    LEADER(EnumSet.of(Permission.ACKNOWLEDGE_ALERTS, Permission.RUN_SYNC, Permission.LEAVE_KIOSK)),
    /** A trainer's actions land in the drill's own cache and demo province, never in a live source. */
    TRAINER(EnumSet.of(
            Permission.ACT_ON_REPORTS,
            Permission.ACKNOWLEDGE_ALERTS,
            Permission.CONTROL_SCENARIOS,
            Permission.RUN_SYNC,
            Permission.EDIT_LAYOUTS,
            Permission.LEAVE_KIOSK)),
    ADMIN(EnumSet.allOf(Permission.class));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    /** True when this role may do {@code permission}. */
    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** The role named in a file or on the command line, in any case. */
    public static Role parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + name + "\" is not a role; the roles are operator, leader, trainer and admin", e);
        }
    }
}
