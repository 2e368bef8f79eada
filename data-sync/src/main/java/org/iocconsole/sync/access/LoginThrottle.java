package org.iocconsole.sync.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import org.iocconsole.sync.cache.CacheException;

/**
 * Counts the wrong passwords typed for an encrypted cache, which cannot count them itself: a wrong password does not
 * open it. Kept beside the cache ({@code NAME.lockout}) with the same rule as {@link LocalUsers}: {@value
 * LocalUsers#MAX_FAILURES} in a row lock the user for {@link LocalUsers#LOCKOUT}, never longer even when the clock
 * jumped. Thread-safe.
 */
public final class LoginThrottle {
    private final Path file;
    private final Clock clock;

    public LoginThrottle(Path directory, String name, Clock clock) {
        this.file = directory.resolve(name + ".lockout");
        this.clock = clock;
    }

    /** Until when {@code username} is locked, or null when they may try. */
    public synchronized Instant lockedUntil(String username) {
        String value = read().getProperty(username + ".until");
        if (value == null) {
            return null;
        }
        Instant now = clock.instant();
        Instant until = Instant.parse(value);
        if (!now.isBefore(until)) {
            return null;
        }
        // A clock that jumped back after the lock would stretch it: never beyond the lockout from now.
        Instant longest = now.plus(LocalUsers.LOCKOUT);
        return until.isAfter(longest) ? longest : until;
    }

    /** Counts a wrong password; returns when the user is now locked until, or null. */
    public synchronized Instant failed(String username) {
        Properties state = read();
        boolean lockRanOut = state.getProperty(username + ".until") != null;
        int failures = (lockRanOut ? 0 : Integer.parseInt(state.getProperty(username + ".failures", "0"))) + 1;
        Instant until = null;
        state.remove(username + ".until");
        if (failures >= LocalUsers.MAX_FAILURES) {
            until = clock.instant().plus(LocalUsers.LOCKOUT);
            state.setProperty(username + ".until", until.toString());
        }
        state.setProperty(username + ".failures", Integer.toString(failures));
        write(state);
        return until;
    }

    /** The user signed in: the count starts again. */
    public synchronized void succeeded(String username) {
        Properties state = read();
        if (state.remove(username + ".failures") != null | state.remove(username + ".until") != null) {
            write(state);
        }
    }

    private Properties read() {
        Properties state = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                state.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged count is dropped rather than locking everyone out; the cache's own log still counts.
                return new Properties();
            }
        }
        return state;
    }

    private void write(Properties state) {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                state.store(out, "IOC Console: wrong passwords for the encrypted cache");
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CacheException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
