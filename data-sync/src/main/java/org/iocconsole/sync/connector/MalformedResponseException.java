package org.iocconsole.sync.connector;

/**
 * An answer does not follow its contract. The message says which item (index and key) and which field is wrong.
 * Thrown by response readers; {@link SourceHttp} turns it into a {@link SourceException} of kind
 * {@link FailureKind#MALFORMED}.
 */
public final class MalformedResponseException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message) {
        super(message);
    }
}
