package org.iocconsole.console.cameras.stream;

import java.io.IOException;

/** A camera answered with an error status instead of frames. */
public final class HttpStatusException extends IOException {
    private final int status;

    public HttpStatusException(int status, String url) {
        super("HTTP " + status + " from " + url);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** 401 or 403: retrying with the same credentials will not help soon. */
    public boolean unauthorized() {
        return status == 401 || status == 403;
    }
}
