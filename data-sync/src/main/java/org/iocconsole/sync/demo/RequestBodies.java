package org.iocconsole.sync.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies up to a limit, so no client can make the demo hold a large body. */
final class RequestBodies {
    static final int MAX_BYTES = 64 * 1024;

    private RequestBodies() {}

    static byte[] read(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_BYTES) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("Content-Length is not a number");
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                body.write(buffer, 0, n);
                if (body.size() > MAX_BYTES) {
                    throw tooLarge();
                }
            }
            return body.toByteArray();
        }
    }

    private static HttpError tooLarge() {
        return new HttpError(413, "payload_too_large", "request bodies are limited to " + MAX_BYTES + " bytes");
    }
}
