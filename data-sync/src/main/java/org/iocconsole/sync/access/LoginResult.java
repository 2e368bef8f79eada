package org.iocconsole.sync.access;

import java.time.Instant;

/**
 * How a login ended. A wrong password and an unknown user give the same outcome, so the screen cannot be used to
 * find out who has an account.
 *
 * @param user the signed-in user, only for {@link Outcome#SIGNED_IN}
 * @param lockedUntil when the account opens again, only for {@link Outcome#LOCKED}
 */
public record LoginResult(Outcome outcome, LocalUser user, Instant lockedUntil) {
    /** The kinds of ending. */
    public enum Outcome {
        SIGNED_IN,
        WRONG_CREDENTIALS,
        LOCKED
    }

    static LoginResult signedIn(LocalUser user) {
        return new LoginResult(Outcome.SIGNED_IN, user, null);
    }

    /** A wrong password or an unknown user: also the answer when an encrypted cache holds no key for them. */
    public static LoginResult wrongCredentials() {
        return wrong();
    }

    static LoginResult wrong() {
        return new LoginResult(Outcome.WRONG_CREDENTIALS, null, null);
    }

    /** A locked account, counted outside the cache when the cache is encrypted. */
    public static LoginResult lockedUntil(Instant until) {
        return locked(until);
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Outcome.LOCKED, null, until);
    }
}
