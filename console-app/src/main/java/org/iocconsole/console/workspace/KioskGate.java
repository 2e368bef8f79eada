package org.iocconsole.console.workspace;

import java.util.function.BooleanSupplier;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.access.Role;

/**
 * Decides whether a wall may close: only a role allowed to leave the kiosk may, and only after it confirms, so a
 * stray Alt+F4 never blanks the IOC's wall. FX thread only.
 */
public final class KioskGate {
    private final BooleanSupplier permitted;
    private final BooleanSupplier confirm;

    /**
     * @param permitted whether the current user's role may leave the kiosk
     * @param confirm asks the user to confirm leaving the wall; true when they do
     */
    public KioskGate(BooleanSupplier permitted, BooleanSupplier confirm) {
        this.permitted = permitted;
        this.confirm = confirm;
    }

    /** The gate of the user's role (the console's role before anyone signs in): {@link Permission#LEAVE_KIOSK} decides. */
    public static KioskGate forUser(Role role, BooleanSupplier confirm) {
        return new KioskGate(() -> role.may(Permission.LEAVE_KIOSK), confirm);
    }

    /** Whether the role may leave at all, before any confirmation. */
    public boolean permitted() {
        return permitted.getAsBoolean();
    }

    /** Whether the wall may close now: the role may, and the user confirmed. */
    public boolean mayLeave() {
        return permitted() && confirm.getAsBoolean();
    }
}
