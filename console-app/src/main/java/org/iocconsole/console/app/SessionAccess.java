package org.iocconsole.console.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.iocconsole.console.access.Authenticator;
import org.iocconsole.console.access.LoginViewModel;
import org.iocconsole.sync.access.CacheKeys;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.access.LoginResult;
import org.iocconsole.sync.access.PasswordHasher;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheEncryption;
import org.iocconsole.sync.cache.CacheException;

/**
 * The console's door: decides whether a login is needed, checks it against the local users of the cache, and opens
 * that cache for the data side, encrypted with a key from the password when the settings ask for it (a plain cache is
 * encrypted on that first login). An encrypted cache opens with the password of the user who encrypted it: a leader's
 * laptop. Blocking; runs on the start-up thread, one call at a time.
 */
final class SessionAccess implements Authenticator {
    /** The user of a demo that knows no users: a trainer, who acts on the demo's reports and never on live ones. */
    static final String DEMO_USER = "demo";

    private final Path dir;
    private final String name;
    private final boolean encrypt;
    private final boolean asksForLogin;
    private final boolean demo;
    private final Role defaultRole;
    private final PasswordHasher hasher;
    private final CacheKeys keys;
    private final Clock clock;
    private CacheDatabase cache;
    private LocalUsers users;

    SessionAccess(ConsoleOptions options, PasswordHasher hasher, CacheKeys keys, Clock clock) {
        this.demo = DataSideOpener.isDemo(options);
        this.dir = options.cacheDir();
        this.name = DataSideOpener.cacheName(demo);
        this.encrypt = options.encryptCache();
        this.asksForLogin = options.asksForLogin();
        this.defaultRole = options.role();
        this.hasher = hasher;
        this.keys = keys;
        this.clock = clock;
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

    /** The cache, open once the door has let someone in. */
    CacheDatabase cache() {
        return cache;
    }

    @Override
    public LoginResult signIn(String username, char[] password) {
        if (cache == null) {
            // Encrypted: the password is the key; a wrong one cannot even open the file.
            open(CacheDatabase.openEncrypted(dir, name, keys.derive(dir, name, password)));
        }
        LoginResult result = users.login(username, password);
        if (result.outcome() == LoginResult.Outcome.SIGNED_IN && encrypt && CacheEncryption.isPlain(dir, name)) {
            encryptWith(password);
        }
        return result;
    }

    @Override
    public LocalUser createAdministrator(String username, String displayName, char[] password) {
        if (cache == null) {
            open(CacheDatabase.openEncrypted(dir, name, keys.derive(dir, name, password)));
        }
        LocalUser admin = users.create(username, username, displayName, Role.ADMIN, password);
        if (encrypt && CacheEncryption.isPlain(dir, name)) {
            encryptWith(password);
        }
        return admin;
    }

    /** Closes the cache when the console stops before the data side took it. */
    void closeUnused() {
        if (cache != null) {
            cache.close();
            cache = null;
        }
    }

    private void encryptWith(char[] password) {
        cache.close();
        cache = null;
        CacheEncryption.encrypt(dir, name, keys.derive(dir, name, password));
        open(CacheDatabase.openEncrypted(dir, name, keys.derive(dir, name, password)));
    }

    private void open(CacheDatabase opened) {
        this.cache = opened;
        this.users = new LocalUsers(opened, hasher, clock);
    }
}
