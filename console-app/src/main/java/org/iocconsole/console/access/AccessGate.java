package org.iocconsole.console.access;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.access.Role;

/**
 * Who is signed in and what they may do: the one place the console's actions ask. A leader reads (and acknowledges),
 * an operator acts, an administrator manages users, and a trainer acts only in a demo session, so a drill never writes
 * to a live source. View models check {@link #may} before an action; views disable the controls through
 * {@link #allows} and say why with {@link #refusalKey}. FX thread only.
 */
public final class AccessGate {
    /** Bundle key: the role may not do this. */
    public static final String REFUSED_ROLE = "access.refused.role";
    /** Bundle key: a trainer's actions are kept off live sources. */
    public static final String REFUSED_TRAINER_LIVE = "access.refused.trainer-live";
    /** Bundle key: nobody is signed in yet. */
    public static final String REFUSED_SIGNED_OUT = "access.refused.signed-out";

    private final ObjectProperty<LocalUser> user = new SimpleObjectProperty<>(this, "user");
    private final boolean demo;

    /** @param demo whether this session serves the demo province (a trainer's actions are allowed only there) */
    public AccessGate(boolean demo) {
        this.demo = demo;
    }

    /** A gate with {@code user} already signed in. */
    public static AccessGate signedIn(LocalUser user, boolean demo) {
        AccessGate gate = new AccessGate(demo);
        gate.signIn(user);
        return gate;
    }

    /** The gate of a console that knows no users (tests, tools): an administrator of a demo. */
    public static AccessGate unrestricted() {
        return signedIn(new LocalUser("console", "console", Role.ADMIN), true);
    }

    public void signIn(LocalUser signedIn) {
        user.set(signedIn);
    }

    /** The signed-in user, or null before the login. */
    public ReadOnlyObjectProperty<LocalUser> userProperty() {
        return user;
    }

    /** The name that the outbox and the audit log record for an action. */
    public String actor() {
        LocalUser current = user.get();
        return current == null ? "unknown" : current.username();
    }

    public boolean demo() {
        return demo;
    }

    /** Whether the signed-in user may do {@code permission} now. */
    public boolean may(Permission permission) {
        return refusalKey(permission).isEmpty();
    }

    /** Follows {@link #may} as users sign in. */
    public BooleanBinding allows(Permission permission) {
        return Bindings.createBooleanBinding(() -> may(permission), user);
    }

    /** Why the signed-in user may not do {@code permission} (a bundle key), or empty when they may. */
    public Optional<String> refusalKey(Permission permission) {
        LocalUser current = user.get();
        if (current == null) {
            return Optional.of(REFUSED_SIGNED_OUT);
        }
        if (!current.role().may(permission)) {
            return Optional.of(REFUSED_ROLE);
        }
        if (current.role() == Role.TRAINER && !demo && writesLive(permission)) {
            return Optional.of(REFUSED_TRAINER_LIVE);
        }
        return Optional.empty();
    }

    private static boolean writesLive(Permission permission) {
        return permission == Permission.ACT_ON_REPORTS || permission == Permission.ACKNOWLEDGE_ALERTS;
    }
}
