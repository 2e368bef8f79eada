package org.iocconsole.sync.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.iocconsole.sync.cache.CacheException;
import org.iocconsole.sync.cache.CacheKey;

/**
 * The keys of an encrypted cache, one per user: the cache is encrypted under one random key, and that key is kept
 * beside the cache ({@code NAME.keys}) wrapped with AES-GCM under a key derived (PBKDF2) from each user's password. So
 * every user with a wrap opens the same cache with their own password, and a user whose wrap is removed no longer can.
 * The file must be read before the cache opens, so it cannot live inside it; without a password it reveals nothing but
 * the user names. Writes replace the file atomically. Thread-safe.
 */
public final class CacheKeyring {
    private static final String HEADER = "# IOC Console cache keys v1: user iterations salt iv wrapped-key";
    private static final int KEY_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int FIELDS = 5;

    private final Path file;
    private final String name;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param directory the cache's folder
     * @param name the cache's name (the file is {@code name.keys})
     * @param iterations PBKDF2's cost for new wraps; each wrap keeps its own
     */
    public CacheKeyring(Path directory, String name, int iterations) {
        this.file = directory.resolve(name + ".keys");
        this.name = name;
        this.iterations = iterations;
    }

    /** The file, for messages. */
    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The users holding a wrap, in the order they were added. */
    public synchronized Set<String> users() {
        return read().keySet();
    }

    /**
     * Starts the keys of a cache about to be encrypted: a new random cache key, wrapped for {@code username}. Replaces
     * what an earlier, failed encryption may have left, so call it only while the cache is still plain.
     */
    public synchronized Unlocked fresh(String username, char[] password) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return adopt(key, username, password);
    }

    /** Keeps an existing cache key (one derived the older way, from one password) in a new keyring. */
    synchronized Unlocked adopt(byte[] key, String username, char[] password) {
        Map<String, Wrap> wraps = new LinkedHashMap<>();
        wraps.put(username, wrap(key, username, password));
        write(wraps);
        return new Unlocked(key.clone());
    }

    /**
     * Unwraps the cache key with {@code username}'s password. An unknown user and a wrong password give the same empty
     * answer, after the same slow derivation.
     *
     * @throws CacheException when the file is missing or damaged (the message names it)
     */
    public synchronized Optional<Unlocked> unlock(String username, char[] password) {
        if (!exists()) {
            throw new CacheException("The key file " + file + " is missing: without it the encrypted cache cannot be "
                    + "opened. Put it back from a backup, or move the cache aside to start a new one.");
        }
        Wrap wrap = read().get(username);
        if (wrap == null) {
            // A decoy derivation, so that the time taken does not tell who has a key.
            PasswordHasher.derive(password, new byte[SALT_BYTES], iterations, KEY_BYTES * 8);
            return Optional.empty();
        }
        byte[] kek = PasswordHasher.derive(password, wrap.salt(), wrap.iterations(), KEY_BYTES * 8);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, kek, wrap.iv(), username);
            return Optional.of(new Unlocked(cipher.doFinal(wrap.wrapped())));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new CacheException("The key file " + file + " is damaged: " + e.getMessage(), e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The cache key in the clear, held by a signed-in session: it opens the cache and wraps the key for others. */
    public final class Unlocked {
        private final byte[] key;

        private Unlocked(byte[] key) {
            this.key = key;
        }

        /** The key H2 opens the cache with. */
        public CacheKey cacheKey() {
            return new CacheKey(HexFormat.of().formatHex(key));
        }

        /** Wraps the cache key for {@code username} under {@code password}, replacing their earlier wrap. */
        public void wrapFor(String username, char[] password) {
            synchronized (CacheKeyring.this) {
                Map<String, Wrap> wraps = new LinkedHashMap<>(read());
                wraps.put(username, wrap(key, username, password));
                write(wraps);
            }
        }

        /** Removes {@code username}'s wrap: their password no longer opens the cache. */
        public void remove(String username) {
            synchronized (CacheKeyring.this) {
                Map<String, Wrap> wraps = new LinkedHashMap<>(read());
                if (wraps.remove(username) != null) {
                    write(wraps);
                }
            }
        }

        @Override
        public String toString() {
            return "Unlocked[hidden]";
        }
    }

    private record Wrap(int iterations, byte[] salt, byte[] iv, byte[] wrapped) {}

    private Wrap wrap(byte[] key, String username, char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        byte[] kek = PasswordHasher.derive(password, salt, iterations, KEY_BYTES * 8);
        try {
            return new Wrap(
                    iterations,
                    salt,
                    iv,
                    cipher(Cipher.ENCRYPT_MODE, kek, iv, username).doFinal(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The user's and the cache's names are bound to the wrap: a line copied to another user or cache fails. */
    private Cipher cipher(int mode, byte[] kek, byte[] iv, String username) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD((name + "/" + username).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private Map<String, Wrap> read() {
        if (!exists()) {
            return Map.of();
        }
        Map<String, Wrap> wraps = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Base64.Decoder b64 = Base64.getDecoder();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                if (f.length != FIELDS) {
                    throw new CacheException(damaged(i + 1, "expected " + FIELDS + " fields"));
                }
                try {
                    wraps.put(
                            f[0],
                            new Wrap(Integer.parseInt(f[1]), b64.decode(f[2]), b64.decode(f[3]), b64.decode(f[4])));
                } catch (IllegalArgumentException e) {
                    throw new CacheException(damaged(i + 1, e.getMessage()), e);
                }
            }
        } catch (IOException e) {
            throw new CacheException("Cannot read the key file " + file + ": " + e.getMessage(), e);
        }
        return wraps;
    }

    private String damaged(int line, String why) {
        return "The key file " + file + " is damaged at line " + line + " (" + why + "); without it the encrypted "
                + "cache cannot be opened. Put it back from a backup.";
    }

    private void write(Map<String, Wrap> wraps) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        Base64.Encoder b64 = Base64.getEncoder();
        wraps.forEach((user, w) -> lines.add(String.join(
                " ",
                user,
                Integer.toString(w.iterations()),
                b64.encodeToString(w.salt()),
                b64.encodeToString(w.iv()),
                b64.encodeToString(w.wrapped()))));
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.createDirectories(file.getParent());
            Files.write(temp, lines, StandardCharsets.UTF_8);
            // Atomic: a crash leaves the old keys or the new ones, never half a file.
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CacheException("Cannot write the key file " + file + ": " + e.getMessage(), e);
        }
    }
}
