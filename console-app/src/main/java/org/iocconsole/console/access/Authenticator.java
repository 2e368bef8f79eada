package org.iocconsole.console.access;

import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LoginResult;

/**
 * Checks a login, or creates the first administrator, against the console's cache (opening it, encrypted with a key
 * from the password, when the console is set so). Blocking: the key derivation is slow on purpose; called off the FX
 * thread. The caller wipes the passwords afterwards.
 */
public interface Authenticator {
    /**
     * @throws org.iocconsole.sync.cache.CacheException when the cache cannot be opened, for example with a password
     *     that is not its key; the message says so
     */
    LoginResult signIn(String username, char[] password);

    /**
     * @throws IllegalArgumentException naming what is wrong with the user name or the password
     */
    LocalUser createAdministrator(String username, String displayName, char[] password);
}
