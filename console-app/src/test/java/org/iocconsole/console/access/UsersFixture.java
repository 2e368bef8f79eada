package org.iocconsole.console.access;

import java.nio.file.Path;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.access.LoginResult;
import org.iocconsole.sync.access.PasswordHasher;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;

/** Local users in a real H2 file, with a cheap hash so tests stay quick. */
final class UsersFixture implements Authenticator, AutoCloseable {
    static final char[] PASSWORD = "Thái Nguyên 2026!".toCharArray();

    final CacheDatabase cache;
    final LocalUsers users;
    final AuditLog audit;

    UsersFixture(Path dir, MutableClock clock) {
        cache = CacheDatabase.open(dir, "cache");
        users = new LocalUsers(cache, new PasswordHasher(1_000), clock);
        audit = new AuditLog(cache);
    }

    LocalUser add(String name, Role role) {
        return users.create("setup", name, name, role, PASSWORD.clone());
    }

    @Override
    public LoginResult signIn(String username, char[] password) {
        return users.login(username, password);
    }

    @Override
    public LocalUser createAdministrator(String username, String displayName, char[] password) {
        return users.create(username, username, displayName, Role.ADMIN, password);
    }

    @Override
    public void close() {
        cache.close();
    }
}
