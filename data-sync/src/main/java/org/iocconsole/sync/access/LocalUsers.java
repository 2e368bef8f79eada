package org.iocconsole.sync.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.Sql;
import org.jdbi.v3.core.Handle;

/**
 * The console's local users: creation, login with lockout after repeated failures, unlocking. Every change and every
 * login attempt goes into the audit log in the same transaction. Thread-safe.
 */
public final class LocalUsers {
    /** Failed logins in a row that lock an account. */
    public static final int MAX_FAILURES = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** The shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

    /**
     * Told, inside the transaction of the change, when a user gets a password or is removed: an encrypted cache wraps
     * its key for them or removes their wrap. Throwing rolls the change back.
     */
    public interface KeyWraps {
        /** A plain cache's: nothing to wrap. */
        KeyWraps NONE = new KeyWraps() {
            @Override
            public void passwordSet(String username, char[] password) {
                // nothing is encrypted
            }

            @Override
            public void removed(String username) {
                // nothing is encrypted
            }
        };

        void passwordSet(String username, char[] password);

        void removed(String username);
    }

    private final CacheDatabase database;
    private final KeyWraps keyWraps;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** Checked when the user is unknown, so that both answers take as long. */
    private final String decoy;

    public LocalUsers(CacheDatabase database, PasswordHasher hasher, Clock clock) {
        this(database, hasher, clock, KeyWraps.NONE);
    }

    /** @param keyWraps the encrypted cache's keys, kept in step with the users' passwords */
    public LocalUsers(CacheDatabase database, PasswordHasher hasher, Clock clock, KeyWraps keyWraps) {
        this.database = database;
        this.keyWraps = keyWraps;
        this.audit = new AuditLog(database);
        this.hasher = hasher;
        this.clock = clock;
        this.decoy = hasher.hash("decoy-password".toCharArray());
    }

    /**
     * Adds a user. The caller wipes {@code password} afterwards.
     *
     * @throws IllegalArgumentException naming what is wrong: the user name's form, a taken name, a short password
     */
    public LocalUser create(String actor, String username, String displayName, Role role, char[] password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "A user name has 2 to 64 characters: lower-case letters, digits, dot, dash or underscore");
        }
        checkPassword(password);
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        return database.jdbi().inTransaction(tx -> {
            if (find(tx, username).isPresent()) {
                throw new IllegalArgumentException("The user name " + username + " is taken");
            }
            tx.createUpdate("INSERT INTO local_user (username, display_name, role, password_hash, created_at) "
                            + "VALUES (:username, :name, :role, :hash, :at)")
                    .bind("username", username)
                    .bind("name", displayName)
                    .bind("role", role.name())
                    .bind("hash", hash)
                    .bind("at", Sql.utc(now))
                    .execute();
            audit.append(tx, now, actor, "user.create", username, role.name());
            keyWraps.passwordSet(username, password);
            return new LocalUser(username, displayName, role);
        });
    }

    /** Checks a password; counts failures and locks the account after {@value #MAX_FAILURES} in a row. */
    public LoginResult login(String username, char[] password) {
        Optional<StoredUser> stored = database.jdbi().withHandle(h -> find(h, username));
        if (stored.isEmpty()) {
            hasher.matches(password, decoy);
            record(auditName(username), "login.failed", "unknown user");
            return LoginResult.wrong();
        }
        StoredUser user = stored.get();
        Instant now = clock.instant();
        if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
            // A clock that jumped back after the lock would stretch it for as long: a lock never lasts beyond LOCKOUT.
            Instant until = user.lockedUntil().isAfter(now.plus(LOCKOUT)) ? now.plus(LOCKOUT) : user.lockedUntil();
            if (!until.equals(user.lockedUntil())) {
                database.jdbi().useTransaction(tx -> setFailures(tx, username, MAX_FAILURES, until));
            }
            record(username, "login.refused", "locked until " + until);
            return LoginResult.locked(until);
        }
        if (hasher.matches(password, user.passwordHash())) {
            database.jdbi().useTransaction(tx -> {
                setFailures(tx, username, 0, null);
                audit.append(
                        tx, now, username, "login", username, user.user().role().name());
            });
            return LoginResult.signedIn(user.user());
        }
        // A lock that has run out starts a new count.
        int failures = (user.lockedUntil() != null ? 0 : user.failedAttempts()) + 1;
        Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCKOUT) : null;
        database.jdbi().useTransaction(tx -> {
            setFailures(tx, username, failures, lockedUntil);
            audit.append(
                    tx,
                    now,
                    username,
                    lockedUntil != null ? "login.locked" : "login.failed",
                    username,
                    "attempt " + failures);
        });
        return lockedUntil != null ? LoginResult.locked(lockedUntil) : LoginResult.wrong();
    }

    /** Opens a locked account before its time. */
    public void unlock(String actor, String username) {
        database.jdbi().useTransaction(tx -> {
            setFailures(tx, username, 0, null);
            audit.append(tx, clock.instant(), actor, "user.unlock", username, null);
        });
    }

    /**
     * Gives a user a new password (an administrator's reset) and opens the account. The caller wipes {@code password}.
     *
     * @throws IllegalArgumentException for a short password or an unknown user
     */
    public void resetPassword(String actor, String username, char[] password) {
        checkPassword(password);
        String hash = hasher.hash(password);
        database.jdbi().useTransaction(tx -> {
            int changed = tx.createUpdate("UPDATE local_user SET password_hash = :hash, failed_attempts = 0, "
                            + "locked_until = NULL WHERE username = :username")
                    .bind("hash", hash)
                    .bind("username", username)
                    .execute();
            if (changed == 0) {
                throw new IllegalArgumentException("There is no user " + username);
            }
            audit.append(tx, clock.instant(), actor, "user.password-reset", username, null);
            keyWraps.passwordSet(username, password);
        });
    }

    /**
     * Removes a user: their account, and on an encrypted cache their key. The last administrator and the signed-in
     * {@code actor} stay. What the user did stays in the audit log.
     *
     * @throws IllegalArgumentException for an unknown user, the last administrator or oneself
     */
    public void remove(String actor, String username) {
        if (username.equals(actor)) {
            throw new IllegalArgumentException("You cannot remove yourself; another administrator can");
        }
        database.jdbi().useTransaction(tx -> {
            StoredUser user =
                    find(tx, username).orElseThrow(() -> new IllegalArgumentException("There is no user " + username));
            if (user.user().role() == Role.ADMIN && admins(tx) == 1) {
                throw new IllegalArgumentException(username + " is the last administrator and stays one");
            }
            tx.createUpdate("DELETE FROM local_user WHERE username = :username")
                    .bind("username", username)
                    .execute();
            audit.append(tx, clock.instant(), actor, "user.remove", username, null);
            keyWraps.removed(username);
        });
    }

    /**
     * Changes a user's role. The last administrator keeps the role, so the console is never left without one.
     *
     * @throws IllegalArgumentException for an unknown user, or the last administrator
     */
    public void setRole(String actor, String username, Role role) {
        database.jdbi().useTransaction(tx -> {
            StoredUser user =
                    find(tx, username).orElseThrow(() -> new IllegalArgumentException("There is no user " + username));
            if (user.user().role() == Role.ADMIN && role != Role.ADMIN && admins(tx) == 1) {
                throw new IllegalArgumentException(username + " is the last administrator and stays one");
            }
            tx.createUpdate("UPDATE local_user SET role = :role WHERE username = :username")
                    .bind("role", role.name())
                    .bind("username", username)
                    .execute();
            audit.append(tx, clock.instant(), actor, "user.role", username, role.name());
        });
    }

    /** Every user with the state of their account, by name. */
    public List<UserAccount> accounts() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT username, display_name, role, failed_attempts, locked_until FROM local_user "
                                + "ORDER BY username")
                .map((rs, ctx) -> new UserAccount(
                        new LocalUser(
                                rs.getString("username"),
                                rs.getString("display_name"),
                                Role.valueOf(rs.getString("role"))),
                        rs.getInt("failed_attempts"),
                        Sql.instant(rs, "locked_until")))
                .list());
    }

    /** Every user, by name. */
    public List<LocalUser> list() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT username, display_name, role FROM local_user ORDER BY username")
                .map((rs, ctx) -> new LocalUser(
                        rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role"))))
                .list());
    }

    /** True when no user exists yet: the console then starts without a login. */
    public boolean none() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM local_user")
                        .mapTo(Long.class)
                        .one())
                == 0;
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private static long admins(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM local_user WHERE role = :role")
                .bind("role", Role.ADMIN.name())
                .mapTo(Long.class)
                .one();
    }

    private record StoredUser(LocalUser user, String passwordHash, int failedAttempts, Instant lockedUntil) {}

    private static Optional<StoredUser> find(Handle handle, String username) {
        return handle.createQuery("SELECT username, display_name, role, password_hash, failed_attempts, locked_until "
                        + "FROM local_user WHERE username = :username")
                .bind("username", username)
                .map((rs, ctx) -> new StoredUser(
                        new LocalUser(
                                rs.getString("username"),
                                rs.getString("display_name"),
                                Role.valueOf(rs.getString("role"))),
                        rs.getString("password_hash"),
                        rs.getInt("failed_attempts"),
                        Sql.instant(rs, "locked_until")))
                .findOne();
    }

    private static void setFailures(Handle tx, String username, int failures, Instant lockedUntil) {
        tx.createUpdate("UPDATE local_user SET failed_attempts = :failures, locked_until = :until "
                        + "WHERE username = :username")
                .bind("failures", failures)
                .bind("until", lockedUntil == null ? null : Sql.utc(lockedUntil))
                .bind("username", username)
                .execute();
    }

    private void record(String actor, String action, String detail) {
        database.jdbi().useTransaction(tx -> audit.append(tx, clock.instant(), actor, action, actor, detail));
    }

    private static String auditName(String username) {
        String name = username == null ? "" : username;
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
