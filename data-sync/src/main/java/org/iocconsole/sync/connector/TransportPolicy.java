package org.iocconsole.sync.connector;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.iocconsole.sync.config.Loopback;

/**
 * HTTPS with verified certificates everywhere; plain HTTP only to loopback or where a source explicitly allows it.
 * Installed on every per-source client twice: as an application interceptor, so a refused request fails before any
 * connection is made, and as a network interceptor, so a redirect cannot lead somewhere the first URL could not.
 * Certificate checks are OkHttp's defaults and are never relaxed. Stateless and thread-safe.
 */
public final class TransportPolicy implements Interceptor {

    private final boolean allowInsecureHttp;

    TransportPolicy(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    /** Whether requests to that URL travel unencrypted off this machine. */
    public static boolean isInsecure(HttpUrl url) {
        return !url.isHttps() && !Loopback.isLoopbackHost(url.host());
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        HttpUrl url = chain.request().url();
        if (isInsecure(url) && !allowInsecureHttp) {
            throw new InsecureTransportException("plain http to " + url.host()
                    + " is refused; use https, or set allow-insecure-http: true for this source");
        }
        return chain.proceed(chain.request());
    }

    /** A request was refused by the policy before it was sent. */
    static final class InsecureTransportException extends IOException {
        private static final long serialVersionUID = 1L;

        InsecureTransportException(String message) {
            super(message);
        }
    }
}
