package org.iocconsole.sync.demo;

import java.io.IOException;

/**
 * Thrown out of the handler on purpose after part of a body was sent: the JDK server then closes the connection,
 * so the client sees a body cut short (see {@link Fault#truncateAfter(int)}).
 */
final class ConnectionCut extends IOException {
    ConnectionCut(int bytes) {
        super("connection cut by an injected fault after " + bytes + " body bytes");
    }
}
