package org.iocconsole.console.cameras.stream;

import java.io.IOException;
import java.util.Map;

/**
 * The headers that authenticate a camera request, asked before every connection on the reading thread (never the FX
 * thread), so a rotated token is used on the next attempt. Implementations never log what they return.
 */
@FunctionalInterface
public interface StreamAuth {
    /** No credentials at all. */
    StreamAuth NONE = url -> Map.of();

    /**
     * The headers to send to this URL; empty when it needs none.
     *
     * @throws MissingCredentialsException when the token configured for it cannot be had
     */
    Map<String, String> headers(String url) throws IOException;
}
