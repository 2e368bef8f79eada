package org.iocconsole.console.access;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.access.PasswordHasher;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.access.UserAccount;

/**
 * The administrator's user screen: the accounts with their role and lock, adding a user, changing a role, resetting
 * a password, unlocking and removing. Every change runs off the FX thread and lands in the audit log as the signed-in
 * administrator; a refused one says why. FX thread only.
 */
public final class UserAdminViewModel {
    private final LocalUsers users;
    private final AccessGate gate;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<UserAccount> accounts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoginViewModel.Message> message = new ReadOnlyObjectWrapper<>(this, "message");

    public UserAdminViewModel(LocalUsers users, AccessGate gate, Executor background, Executor fx) {
        this.users = users;
        this.gate = gate;
        this.background = background;
        this.fx = fx;
    }

    public ObservableList<UserAccount> getAccounts() {
        return accounts;
    }

    /** The outcome of the last change, or null. */
    public ReadOnlyObjectProperty<LoginViewModel.Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the accounts again. */
    public void refresh() {
        if (!gate.may(Permission.MANAGE_USERS)) {
            accounts.clear();
            return;
        }
        background.execute(() -> {
            List<UserAccount> read = users.accounts();
            fx.execute(() -> accounts.setAll(read));
        });
    }

    /** Adds a user; takes the password and wipes it. */
    public void add(String username, String displayName, Role role, char[] password) {
        String name = username == null ? "" : username.strip();
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        change("access.users.added", name, actor -> {
            try {
                users.create(actor, name, shown, role, password);
            } finally {
                PasswordHasher.wipe(password);
            }
        });
    }

    /** Gives a user a new password and opens the account; takes the password and wipes it. */
    public void resetPassword(String username, char[] password) {
        change("access.users.reset", username, actor -> {
            try {
                users.resetPassword(actor, username, password);
            } finally {
                PasswordHasher.wipe(password);
            }
        });
    }

    public void setRole(String username, Role role) {
        change("access.users.role-set", username, actor -> users.setRole(actor, username, role));
    }

    /** Removes a user and, on an encrypted cache, their key to it. */
    public void remove(String username) {
        change("access.users.removed", username, actor -> users.remove(actor, username));
    }

    public void unlock(String username) {
        change("access.users.unlocked", username, actor -> users.unlock(actor, username));
    }

    private interface Change {
        void apply(String actor);
    }

    private void change(String doneKey, String username, Change change) {
        if (!gate.may(Permission.MANAGE_USERS)) {
            message.set(new LoginViewModel.Message(
                    gate.refusalKey(Permission.MANAGE_USERS).orElseThrow()));
            return;
        }
        String actor = gate.actor();
        background.execute(() -> {
            LoginViewModel.Message outcome;
            try {
                change.apply(actor);
                outcome = new LoginViewModel.Message(doneKey, username);
            } catch (IllegalArgumentException e) {
                outcome = new LoginViewModel.Message("access.login.refused", e.getMessage());
            }
            List<UserAccount> read = users.accounts();
            LoginViewModel.Message shown = outcome;
            fx.execute(() -> {
                message.set(shown);
                accounts.setAll(read);
            });
        });
    }
}
