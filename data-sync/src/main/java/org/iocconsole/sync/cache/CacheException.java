package org.iocconsole.sync.cache;

/** The cache cannot be opened or written; the message is meant for the user. */
public class CacheException extends RuntimeException {
    public CacheException(String message) {
        super(message);
    }

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
