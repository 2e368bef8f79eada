package org.iocconsole.console.cameras.stream;

import java.io.IOException;

/**
 * A camera stream that breaks the multipart format or its limits: an absurd boundary, part size or header. The
 * connection is dropped and reconnected later; the message says what was wrong.
 */
public final class StreamFormatException extends IOException {
    public StreamFormatException(String message) {
        super(message);
    }
}
