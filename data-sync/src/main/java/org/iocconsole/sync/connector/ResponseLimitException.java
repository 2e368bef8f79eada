package org.iocconsole.sync.connector;

import java.io.IOException;

/**
 * An answer is larger than its source allows (bytes or items). An {@link IOException} so that it passes unchanged
 * through the JSON parser reading the stream; {@link SourceHttp} turns it into {@link FailureKind#LIMIT_EXCEEDED}.
 */
public final class ResponseLimitException extends IOException {

    private static final long serialVersionUID = 1L;

    public ResponseLimitException(String message) {
        super(message);
    }
}
