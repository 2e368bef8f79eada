package org.iocconsole.console.cameras.stream;

import java.io.IOException;

/**
 * The token configured for a camera could not be read (a variable not set, a file missing or unreadable). The message
 * names where the token should come from, never a token. The camera shows "unauthorized".
 */
public final class MissingCredentialsException extends IOException {
    public MissingCredentialsException(String message) {
        super(message);
    }
}
