package org.iocconsole.sync.demo;

/** A request the demo refuses: the status, a short code and a message for the client. */
final class HttpError extends RuntimeException {
    final int status;
    final String code;

    HttpError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, "bad_request", message);
    }

    static HttpError notFound(String message) {
        return new HttpError(404, "not_found", message);
    }

    static HttpError methodNotAllowed(String method) {
        return new HttpError(405, "method_not_allowed", "method " + method + " is not allowed here");
    }
}
