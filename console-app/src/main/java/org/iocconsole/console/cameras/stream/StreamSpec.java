package org.iocconsole.console.cameras.stream;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What to play: the URL, how (MJPEG or snapshot polling), fixed headers to send, the credentials asked before every
 * connection and, for snapshots, how often to poll. Immutable.
 */
public record StreamSpec(
        StreamKind kind, String url, Map<String, String> headers, Duration pollInterval, StreamAuth auth) {

    public StreamSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(auth, "auth");
    }

    public static StreamSpec mjpeg(String url) {
        return new StreamSpec(StreamKind.MJPEG, url, Map.of(), Duration.ofSeconds(1), StreamAuth.NONE);
    }

    public static StreamSpec snapshot(String url, Duration pollInterval) {
        return new StreamSpec(StreamKind.SNAPSHOT, url, Map.of(), pollInterval, StreamAuth.NONE);
    }

    public StreamSpec withHeaders(Map<String, String> newHeaders) {
        return new StreamSpec(kind, url, newHeaders, pollInterval, auth);
    }

    public StreamSpec withAuth(StreamAuth newAuth) {
        return new StreamSpec(kind, url, headers, pollInterval, newAuth);
    }
}
