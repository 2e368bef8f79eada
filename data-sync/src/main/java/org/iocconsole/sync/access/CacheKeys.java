package org.iocconsole.sync.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.iocconsole.sync.cache.CacheException;
import org.iocconsole.sync.cache.CacheKey;

/**
 * Derives the key of an encrypted cache from the user's password with PBKDF2 and a random salt kept beside the cache
 * ({@code NAME.salt}; the salt is not secret). A stolen laptop's cache file then reveals nothing without the password.
 * Thread-safe.
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
        byte[] salt = salt(directory.resolve(name + ".salt"));
        return new CacheKey(HexFormat.of().formatHex(PasswordHasher.derive(password, salt, iterations, KEY_BITS)));
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
