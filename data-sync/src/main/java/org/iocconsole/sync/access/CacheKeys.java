package org.iocconsole.sync.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.iocconsole.sync.cache.CacheException;
import org.iocconsole.sync.cache.CacheKey;

/**
 * The older key of an encrypted cache: PBKDF2 of one user's password and a random salt kept beside the cache
 * ({@code NAME.salt}). Such a cache opened with one password only; at its next login its key moves into a
 * {@link CacheKeyring}, which every user can open with their own password. Also makes such keys for tests. Thread-safe.
 */
public final class CacheKeys {
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final int iterations;

    public CacheKeys(int iterations) {
        this.iterations = iterations;
    }

    /** The key of cache {@code name} in {@code directory} for {@code password}, making the salt on first use. */
    public CacheKey derive(Path directory, String name, char[] password) {
        return new CacheKey(HexFormat.of().formatHex(bytes(directory, name, password)));
    }

    /** Whether the cache {@code name} was encrypted the older way, with a key from one password. */
    public static boolean olderKey(Path directory, String name) {
        return Files.exists(directory.resolve(name + ".salt"));
    }

    /**
     * Moves the older key into {@code keyring} for {@code username}, then deletes the salt. Call it only once the cache
     * has opened with {@link #derive} of this password, which proves it.
     */
    public CacheKeyring.Unlocked moveInto(
            CacheKeyring keyring, Path directory, String name, String username, char[] password) {
        byte[] key = bytes(directory, name, password);
        CacheKeyring.Unlocked unlocked = keyring.adopt(key, username, password);
        Arrays.fill(key, (byte) 0);
        try {
            Files.delete(directory.resolve(name + ".salt"));
        } catch (IOException e) {
            throw new CacheException("Cannot remove the older key salt in " + directory + ": " + e.getMessage(), e);
        }
        return unlocked;
    }

    private byte[] bytes(Path directory, String name, char[] password) {
        byte[] salt = salt(directory.resolve(name + ".salt"));
        return PasswordHasher.derive(password, salt, iterations, KEY_BITS);
    }

    private static byte[] salt(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] salt = Files.readAllBytes(file);
                if (salt.length != SALT_BYTES) {
                    throw new CacheException("The key salt " + file + " is damaged (" + salt.length
                            + " bytes); without it the encrypted cache cannot be opened");
                }
                return salt;
            }
            Files.createDirectories(file.getParent());
            byte[] salt = new byte[SALT_BYTES];
            new SecureRandom().nextBytes(salt);
            Files.write(file, salt);
            return salt;
        } catch (IOException e) {
            throw new CacheException("Cannot read or write the key salt " + file + ": " + e.getMessage(), e);
        }
    }
}
