package org.iocconsole.sync.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.h2.tools.ChangeFileEncryption;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a plain cache file into an encrypted one when a console is set to encrypt its cache: the file is copied, the
 * copy encrypted and checked table by table against the original, then it replaces the original, whose bytes are
 * overwritten before it is deleted. A failure at any step leaves the plain cache as it was. Blocking; thread-safe for
 * different caches.
 */
public final class CacheEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(CacheEncryption.class);
    /** The first bytes of a plain H2 MVStore file; an encrypted one starts with H2's own cipher header. */
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private static final String OLD_SUFFIX = ".plain-old";
    private static final int WIPE_CHUNK = 64 * 1024;

    private CacheEncryption() {}

    /** Whether the cache {@code name} in {@code directory} exists and is not encrypted. */
    public static boolean isPlain(Path directory, String name) {
        Path file = directory.resolve(name + ".mv.db");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PLAIN_HEADER.length), PLAIN_HEADER);
        } catch (IOException e) {
            throw new CacheException("Cannot read the cache " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Encrypts the plain cache {@code name} under {@code key}. Nothing of it stays in clear in the folder: the old file
     * and H2's trace file are overwritten and deleted.
     *
     * @throws CacheException when a step fails; the plain cache is then untouched
     */
    public static void encrypt(Path directory, String name, CacheKey key) {
        wipeLeftovers(directory, name);
        Path original = directory.resolve(name + ".mv.db");
        Path work = directory.resolve(".encrypting-" + name);
        try {
            deleteTree(work);
            Files.createDirectories(work);
            Files.copy(original, work.resolve(name + ".mv.db"));
            ChangeFileEncryption.execute(work.toString(), name, "AES", null, (key.hex()).toCharArray(), true);
            verify(directory, name, work, key);
            Path old = directory.resolve(name + ".mv.db" + OLD_SUFFIX);
            Files.move(original, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(work.resolve(name + ".mv.db"), original, StandardCopyOption.ATOMIC_MOVE);
            wipeLeftovers(directory, name);
            deleteTree(work);
            LOG.info("Cache {} is now encrypted", original);
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                deleteTree(work);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof CacheException cache) {
                throw cache;
            }
            throw new CacheException(
                    "The cache " + original + " could not be encrypted; it stays as it was: " + e.getMessage(), e);
        }
    }

    /** Overwrites and deletes what an earlier, interrupted encryption left in clear. */
    public static void wipeLeftovers(Path directory, String name) {
        try {
            wipe(directory.resolve(name + ".mv.db" + OLD_SUFFIX));
            wipe(directory.resolve(name + ".trace.db"));
        } catch (IOException e) {
            throw new CacheException(
                    "Cannot remove the plain copy of the cache in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void verify(Path directory, String name, Path work, CacheKey key) {
        Map<String, Long> plain;
        try (CacheDatabase before = CacheDatabase.open(directory, name)) {
            plain = before.jdbi().withHandle(CacheEncryption::rowCounts);
        }
        Map<String, Long> encrypted;
        try (CacheDatabase after = CacheDatabase.openEncrypted(work, name, key)) {
            encrypted = after.jdbi().withHandle(CacheEncryption::rowCounts);
        }
        if (!plain.equals(encrypted)) {
            throw new CacheException("The encrypted copy of the cache differs from the original (" + plain + " against "
                    + encrypted + "); the plain cache stays as it was");
        }
    }

    private static Map<String, Long> rowCounts(Handle handle) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : handle.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")
                .mapTo(String.class)
                .list()) {
            // Names come from the catalogue, not from input.
            counts.put(
                    table,
                    handle.createQuery("SELECT COUNT(*) FROM \"" + table + "\"")
                            .mapTo(Long.class)
                            .one());
        }
        return counts;
    }

    private static void wipe(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        long size = Files.size(file);
        byte[] zeros = new byte[WIPE_CHUNK];
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            for (long written = 0; written < size; written += zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, size - written));
            }
        }
        Files.delete(file);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
