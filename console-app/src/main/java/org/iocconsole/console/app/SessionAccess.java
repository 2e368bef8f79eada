package org.iocconsole.console.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.iocconsole.console.access.Authenticator;
import org.iocconsole.console.access.LoginViewModel;
import org.iocconsole.sync.access.CacheKeyring;
import org.iocconsole.sync.access.CacheKeys;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.access.LoginResult;
import org.iocconsole.sync.access.LoginThrottle;
import org.iocconsole.sync.access.PasswordHasher;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheEncryption;
import org.iocconsole.sync.cache.CacheException;

/**
 * The console's door: decides whether a login is needed, checks it against the local users of the cache, and opens
 * that cache for the data side, encrypted when the settings ask for it (a plain cache is encrypted on that first
 * login). An encrypted cache has one random key, wrapped for each user under their password in a {@link CacheKeyring}
 * beside it, so every user opens it with their own password. In a drill the cache of the users is closed once someone
 * signed in: the drill reads its own cache and never touches this one. Blocking; runs on the start-up thread, one call
 * at a time.
 */
final class SessionAccess implements Authenticator {
    /** The user of a demo that knows no users: a trainer, who acts on the demo's reports and never on live ones. */
    static final String DEMO_USER = "demo";

    private final Path dir;
    private final String name;
    private final boolean encrypt;
    private final boolean asksForLogin;
    private final boolean demo;
    private final boolean drill;
    private final Role defaultRole;
    private final PasswordHasher hasher;
    private final CacheKeys keys;
    private final Clock clock;
    private final CacheKeyring keyring;
    private final LoginThrottle throttle;
    private CacheDatabase cache;
    private LocalUsers users;
    private CacheKeyring.Unlocked unlocked;

    SessionAccess(ConsoleOptions options, PasswordHasher hasher, CacheKeys keys, Clock clock) {
        this.demo = DataSideOpener.isDemo(options);
        this.drill = options.scenario() != null;
        this.dir = options.cacheDir();
        this.name = DataSideOpener.cacheName(demo);
        this.encrypt = options.encryptCache();
        this.asksForLogin = options.asksForLogin();
        this.defaultRole = options.role();
        this.hasher = hasher;
        this.keys = keys;
        this.clock = clock;
        this.keyring = new CacheKeyring(dir, name, hasher.iterations());
        this.throttle = new LoginThrottle(dir, name, clock);
    }

    /** The console's own KDF costs. */
    static SessionAccess standard(ConsoleOptions options) {
        return new SessionAccess(
                options,
                new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS),
                new CacheKeys(PasswordHasher.DEFAULT_ITERATIONS),
                Clock.systemUTC());
    }

    /**
     * What the door asks: nothing (null: no user exists and no login is asked for), a login, or the first
     * administrator. Opens a plain cache to find out.
     */
    LoginViewModel.Mode prepare() {
        CacheEncryption.wipeLeftovers(dir, name);
        boolean encryptedFile = Files.exists(dir.resolve(name + ".mv.db")) && !CacheEncryption.isPlain(dir, name);
        if (encrypt && encryptedFile) {
            return LoginViewModel.Mode.SIGN_IN;
        }
        if (encryptedFile) {
            throw new CacheException("The cache " + dir.resolve(name + ".mv.db") + " is encrypted, but the settings do "
                    + "not say encrypt-cache: true. Set it in console.yaml to be asked for the password.");
        }
        open(CacheDatabase.open(dir, name));
        if (users.none()) {
            return asksForLogin ? LoginViewModel.Mode.CREATE_ADMIN : null;
        }
        return LoginViewModel.Mode.SIGN_IN;
    }

    /** Who works when no login is asked: the demo's trainer, or this machine's user in the configured role. */
    LocalUser withoutLogin() {
        return demo
                ? new LocalUser(DEMO_USER, DEMO_USER, Role.TRAINER)
                : new LocalUser(System.getProperty("user.name", "console"), "", defaultRole);
    }

    boolean demo() {
        return demo;
    }

    /** The cache, open once the door has let someone in; null in a drill, whose data side opens its own. */
    CacheDatabase cache() {
        return drill ? null : cache;
    }

    /**
     * The local users, with an encrypted cache's keys kept in step; null before the door opened the cache and once a
     * drill's sign-in closed it.
     */
    LocalUsers users() {
        return users;
    }

    /** Someone is in: a drill closes the users' cache now, so nothing of the drill can reach it. */
    void signedIn() {
        if (drill) {
            closeUnused();
        }
    }

    @Override
    public LoginResult signIn(String username, char[] password) {
        if (cache == null) {
            LoginResult refused = openEncrypted(username, password);
            if (refused != null) {
                return refused;
            }
        }
        LoginResult result = users.login(username, password);
        if (result.outcome() == LoginResult.Outcome.SIGNED_IN && encrypt && CacheEncryption.isPlain(dir, name)) {
            encryptWith(username, password);
        }
        return result;
    }

    @Override
    public LocalUser createAdministrator(String username, String displayName, char[] password) {
        LocalUser admin = users.create(username, username, displayName, Role.ADMIN, password);
        if (encrypt && CacheEncryption.isPlain(dir, name)) {
            encryptWith(username, password);
        }
        return admin;
    }

    /** Opens the encrypted cache with the key wrapped for this user; a refusal when there is none for them. */
    private LoginResult openEncrypted(String username, char[] password) {
        if (!keyring.exists() && CacheKeys.olderKey(dir, name)) {
            // Encrypted before there were wraps: its key comes from its one user's password, and moves into a keyring.
            open(CacheDatabase.openEncrypted(dir, name, keys.derive(dir, name, password)));
            unlocked = keys.moveInto(keyring, dir, name, username, password);
            return null;
        }
        // A wrong password cannot open the cache to be counted there: the count is kept beside it.
        Instant locked = throttle.lockedUntil(username);
        if (locked != null) {
            return LoginResult.lockedUntil(locked);
        }
        var key = keyring.unlock(username, password);
        if (key.isEmpty()) {
            Instant until = keyring.users().contains(username) ? throttle.failed(username) : null;
            return until != null ? LoginResult.lockedUntil(until) : LoginResult.wrongCredentials();
        }
        throttle.succeeded(username);
        unlocked = key.get();
        open(CacheDatabase.openEncrypted(dir, name, unlocked.cacheKey()));
        return null;
    }

    /** Closes the cache when the console stops before the data side took it. */
    void closeUnused() {
        if (cache != null) {
            cache.close();
            cache = null;
        }
        users = null;
        unlocked = null;
    }

    /**
     * Encrypts the plain cache under a new random key wrapped for this user. The keys are written first: a failure of
     * the encryption then leaves the plain cache as it was, never an encrypted one without its keys. Other users get
     * their wrap when an administrator sets their password.
     */
    private void encryptWith(String username, char[] password) {
        CacheKeyring.Unlocked fresh = keyring.fresh(username, password);
        cache.close();
        cache = null;
        try {
            CacheEncryption.encrypt(dir, name, fresh.cacheKey());
        } finally {
            // Encrypted or, after a failure, still plain: the cache opens again either way.
            unlocked = CacheEncryption.isPlain(dir, name) ? null : fresh;
            open(
                    unlocked == null
                            ? CacheDatabase.open(dir, name)
                            : CacheDatabase.openEncrypted(dir, name, fresh.cacheKey()));
        }
    }

    private void open(CacheDatabase opened) {
        this.cache = opened;
        this.users = new LocalUsers(opened, hasher, clock, new LocalUsers.KeyWraps() {
            @Override
            public void passwordSet(String username, char[] password) {
                if (unlocked != null) {
                    unlocked.wrapFor(username, password);
                }
            }

            @Override
            public void removed(String username) {
                if (unlocked != null) {
                    unlocked.remove(username);
                }
            }
        });
    }
}
