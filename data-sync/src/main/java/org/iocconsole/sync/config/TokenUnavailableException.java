package org.iocconsole.sync.config;

/**
 * A token could not be read: its environment variable is not set, or its file is missing, unreadable or empty. The
 * message names the variable or the file, never a token.
 */
public final class TokenUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public TokenUnavailableException(String message) {
        super(message);
    }
}
