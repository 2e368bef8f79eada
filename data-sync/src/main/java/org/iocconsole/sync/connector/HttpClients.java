package org.iocconsole.sync.connector;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.iocconsole.sync.config.TokenRef;
import org.iocconsole.sync.config.TokenResolver;

/**
 * Builds the one shared {@link OkHttpClient} (once, in wiring) and the per-source clients derived from it with
 * {@code newBuilder()}, which share its connection pool and threads. Every client sends a {@code User-Agent} naming
 * IOC Console and its version, verifies certificates (OkHttp's defaults, never relaxed) and never follows a redirect
 * from https to http. Stateless and thread-safe.
 */
public final class HttpClients {

    private HttpClients() {}

    /** The shared client, with the version taken from the jar's manifest (or {@code dev}). */
    public static OkHttpClient newSharedClient() {
        String version = HttpClients.class.getPackage().getImplementationVersion();
        return newSharedClient(version == null ? "dev" : version);
    }

    /** The shared client; build it once and pass it to {@link SourceConnectors}. */
    public static OkHttpClient newSharedClient(String consoleVersion) {
        String userAgent = userAgent(consoleVersion);
        return new OkHttpClient.Builder()
                .followSslRedirects(false)
                .addInterceptor(chain -> chain.request().header("User-Agent") != null
                        ? chain.proceed(chain.request())
                        : chain.proceed(chain.request()
                                .newBuilder()
                                .header("User-Agent", userAgent)
                                .build()))
                .build();
    }

    /** {@code IOC-Console/0.1.0}. */
    public static String userAgent(String consoleVersion) {
        return "IOC-Console/" + consoleVersion;
    }

    /**
     * A client for one source or the outbox: its timeout (connect, read, write and the whole call), the transport
     * policy, then its bearer token if it has one.
     */
    static OkHttpClient derive(
            OkHttpClient shared, Duration timeout, boolean allowInsecureHttp, TokenRef auth, TokenResolver tokens) {
        TransportPolicy policy = new TransportPolicy(allowInsecureHttp);
        OkHttpClient.Builder builder = shared.newBuilder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .addInterceptor(policy)
                .addNetworkInterceptor(policy);
        if (auth != null) {
            builder.addInterceptor(new BearerTokenInterceptor(auth, tokens));
        }
        return builder.build();
    }
}
