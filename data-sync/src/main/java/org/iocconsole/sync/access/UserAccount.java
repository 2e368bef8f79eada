package org.iocconsole.sync.access;

import java.time.Instant;

/**
 * A local user as the user administration screen lists it.
 *
 * @param lockedUntil when a locked account opens again, or null when it is not locked (a past time also means open)
 */
public record UserAccount(LocalUser user, int failedAttempts, Instant lockedUntil) {
    /** Whether the account is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
