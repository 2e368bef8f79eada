package org.iocconsole.sync.connector;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.config.TokenRef;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.model.Contract;

/** A MockWebServer on loopback, the shared HTTP client and a connector factory with a token and a settable clock. */
public final class ConnectorFixture implements AutoCloseable {

    public static final String TOKEN = "tok-S3CRET-4f9a2b7c";
    public static final String TOKEN_ENV = "IOC_TEST_TOKEN";
    public static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    public final MockWebServer server = new MockWebServer();
    public final ObjectMapper mapper = new ObjectMapper();
    public final SettableClock clock = new SettableClock(NOW);
    public final OkHttpClient shared;
    public final SourceConnectors connectors;

    public ConnectorFixture() {
        this(HttpClients.newSharedClient("test"));
    }

    public ConnectorFixture(OkHttpClient shared) {
        this.shared = shared;
        this.connectors = new SourceConnectors(shared, mapper, new TokenResolver(Map.of(TOKEN_ENV, TOKEN)), clock);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A URL on the mock server. */
    public URI url(String path) {
        return server.url(path).uri();
    }

    /** A source of that contract at {@code /api/v1/} with the test token and a 5 s timeout. */
    public SourceConfig source(Contract contract) {
        return SourceConfig.of(contract.wireName(), contract, url("/api/v1/"))
                .withAuth(new TokenRef.FromEnv(TOKEN_ENV))
                .withTimeout(Duration.ofSeconds(5));
    }

    public void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build());
    }

    public void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    /** The next request the server received; fails when none came within 5 s. */
    public RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("no request reached the server");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A feed envelope around the given items. */
    public static String envelope(String nextCursor, boolean hasMore, String... items) {
        String cursor = nextCursor == null ? "null" : "\"" + nextCursor + "\"";
        return "{\"items\": [" + String.join(",", items) + "], \"next_cursor\": " + cursor + ", \"has_more\": "
                + hasMore + "}";
    }

    @Override
    public void close() {
        server.close();
        shared.dispatcher().executorService().shutdown();
        shared.connectionPool().evictAll();
    }

    /** A clock tests move by hand. */
    public static final class SettableClock extends Clock {
        private volatile Instant now;

        public SettableClock(Instant now) {
            this.now = now;
        }

        public void set(Instant instant) {
            now = instant;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
