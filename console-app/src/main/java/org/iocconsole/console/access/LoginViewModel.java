package org.iocconsole.console.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LoginResult;
import org.iocconsole.sync.access.PasswordHasher;
import org.iocconsole.sync.cache.CacheException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login before the shell: a user name and password checked off the FX thread (the key derivation takes about a
 * second, shown as busy), a wrong password or a locked account said plainly with the wait left, and on a first start
 * the creation of the administrator. FX thread only.
 */
public final class LoginViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);

    /** What the form asks for. */
    public enum Mode {
        SIGN_IN,
        CREATE_ADMIN
    }

    /** A message for the user: a bundle key and its arguments. */
    public record Message(String key, List<Object> args) {
        Message(String key, Object... args) {
            this(key, List.of(args));
        }
    }

    private final Authenticator authenticator;
    private final Mode mode;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final Consumer<LocalUser> signedIn;
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message");

    /**
     * @param clock measures the wait left on a locked account
     * @param signedIn told once, on the FX thread, who signed in
     */
    public LoginViewModel(
            Authenticator authenticator,
            Mode mode,
            Clock clock,
            Executor background,
            Executor fx,
            Consumer<LocalUser> signedIn) {
        this.authenticator = authenticator;
        this.mode = mode;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        this.signedIn = signedIn;
    }

    public Mode mode() {
        return mode;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    /** The administrator's full name, asked only on a first start. */
    public StringProperty displayNameProperty() {
        return displayName;
    }

    /** True while a login is being checked: the form is disabled and shows progress. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The outcome to show, or null. */
    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Signs in, or creates the administrator with {@code confirm} repeating the password. Takes the arrays and wipes
     * them when done.
     */
    public void submit(char[] password, char[] confirm) {
        if (busy.get()) {
            PasswordHasher.wipe(password);
            PasswordHasher.wipe(confirm);
            return;
        }
        String name = username.get() == null ? "" : username.get().strip();
        Message invalid = check(name, password, confirm);
        if (invalid != null) {
            PasswordHasher.wipe(password);
            PasswordHasher.wipe(confirm);
            message.set(invalid);
            return;
        }
        busy.set(true);
        message.set(new Message("access.login.checking"));
        String fullName = displayName.get() == null || displayName.get().isBlank()
                ? name
                : displayName.get().strip();
        background.execute(() -> {
            Outcome outcome;
            try {
                outcome = mode == Mode.SIGN_IN
                        ? fromResult(authenticator.signIn(name, password))
                        : new Outcome(authenticator.createAdministrator(name, fullName, password), null);
            } catch (IllegalArgumentException e) {
                outcome = new Outcome(null, new Message("access.login.refused", e.getMessage()));
            } catch (CacheException e) {
                outcome = new Outcome(null, new Message("access.login.cache", e.getMessage()));
            } catch (RuntimeException e) {
                LOG.error("The login could not be checked", e);
                outcome = new Outcome(null, new Message("access.login.failed", String.valueOf(e.getMessage())));
            } finally {
                PasswordHasher.wipe(password);
                PasswordHasher.wipe(confirm);
            }
            Outcome done = outcome;
            fx.execute(() -> finish(done));
        });
    }

    private record Outcome(LocalUser user, Message message) {}

    private Message check(String name, char[] password, char[] confirm) {
        if (name.isEmpty()) {
            return new Message("access.login.no-user");
        }
        if (password == null || password.length == 0) {
            return new Message("access.login.no-password");
        }
        if (mode == Mode.CREATE_ADMIN && !Arrays.equals(password, confirm)) {
            return new Message("access.login.mismatch");
        }
        return null;
    }

    private Outcome fromResult(LoginResult result) {
        return switch (result.outcome()) {
            case SIGNED_IN -> new Outcome(result.user(), null);
            case WRONG_CREDENTIALS -> new Outcome(null, new Message("access.login.wrong"));
            case LOCKED -> new Outcome(null, new Message("access.login.locked", minutesLeft(result.lockedUntil())));
        };
    }

    /** Whole minutes until the account opens, rounded up, at least one. */
    private long minutesLeft(Instant until) {
        Duration left = Duration.between(clock.instant(), until);
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }

    private void finish(Outcome outcome) {
        busy.set(false);
        if (outcome.user() != null) {
            message.set(null);
            signedIn.accept(outcome.user());
        } else {
            message.set(outcome.message());
        }
    }
}
