package org.iocconsole.sync.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.config.TokenRef;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every request carries, and where plain HTTP may go. */
class TransportTest {

    private final CountingSocketFactory sockets = new CountingSocketFactory();
    private final ConnectorFixture fixture = new ConnectorFixture(HttpClients.newSharedClient("9.8.7")
            .newBuilder()
            .socketFactory(sockets)
            .build());

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void sendsTheUserAgentAndTheBearerToken() throws Exception {
        fixture.enqueue(200, ConnectorFixture.envelope("c1", false));

        fixture.connectors.create(fixture.source(Contract.CAMERAS)).fetch(null, null, new CancelHandle());

        RecordedRequest request = fixture.take();
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("IOC-Console/9.8.7");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ConnectorFixture.TOKEN);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void sendsNoAuthorizationWithoutAToken() throws Exception {
        fixture.enqueue(200, ConnectorFixture.envelope("c1", false));

        fixture.connectors
                .create(fixture.source(Contract.CAMERAS).withAuth(null))
                .fetch(null, null, new CancelHandle());

        assertThat(fixture.take().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void refusesPlainHttpOffLoopbackBeforeConnecting() {
        SourceConfig source = SourceConfig.of("cameras", Contract.CAMERAS, URI.create("http://192.0.2.77:8080/api/"));

        SourceException e = catchThrowableOfType(
                SourceException.class, () -> fixture.connectors.create(source).fetch(null, null, new CancelHandle()));

        assertThat(e.kind()).isEqualTo(FailureKind.CONFIGURATION);
        assertThat(e)
                .hasMessage("plain http to 192.0.2.77 is refused; use https, or set allow-insecure-http: true for this"
                        + " source");
        assertThat(sockets.created.get()).as("sockets opened").isZero();
        assertThat(source.insecure()).isTrue();
        assertThat(TransportPolicy.isInsecure(HttpUrl.get("http://192.0.2.77/")))
                .isTrue();
        assertThat(TransportPolicy.isInsecure(HttpUrl.get("http://127.0.0.1/"))).isFalse();
        assertThat(TransportPolicy.isInsecure(HttpUrl.get("https://192.0.2.77/")))
                .isFalse();
    }

    @Test
    void allowsPlainHttpOffLoopbackWhenTheSourceSaysSo() throws Exception {
        try (MockWebServer lan = startOnLanAddress()) {
            lan.enqueue(new MockResponse.Builder()
                    .body(ConnectorFixture.envelope("c1", false))
                    .build());
            SourceConfig source = SourceConfig.of(
                            "cameras", Contract.CAMERAS, lan.url("/api/").uri())
                    .withAllowInsecureHttp(true);

            FetchResult<?> result = fixture.connectors.create(source).fetch(null, null, new CancelHandle());

            assertThat(source.insecure()).isTrue();
            assertThat(result.page().nextCursor()).isEqualTo("c1");
        }
    }

    @Test
    void refusesARedirectToPlainHttpOffLoopback() throws Exception {
        try (MockWebServer lan = startOnLanAddress()) {
            fixture.enqueue(new MockResponse.Builder()
                    .code(302)
                    .setHeader("Location", lan.url("/api/cameras").toString())
                    .build());

            SourceException e = catchThrowableOfType(SourceException.class, () -> fixture.connectors
                    .create(fixture.source(Contract.CAMERAS))
                    .fetch(null, null, new CancelHandle()));

            assertThat(e.kind()).isEqualTo(FailureKind.CONFIGURATION);
            assertThat(e.getMessage()).startsWith("plain http to " + lan.getHostName() + " is refused");
            assertThat(lan.getRequestCount())
                    .as("requests that reached the other host")
                    .isZero();
        }
    }

    @Test
    void namesAMissingTokenVariable() {
        SourceConnectors withoutEnv =
                new SourceConnectors(fixture.shared, fixture.mapper, new TokenResolver(Map.of()), fixture.clock);
        SourceConfig source = fixture.source(Contract.CAMERAS).withAuth(new TokenRef.FromEnv("IOC_MISSING"));

        SourceException e = catchThrowableOfType(
                SourceException.class, () -> withoutEnv.create(source).fetch(null, null, new CancelHandle()));

        assertThat(e.kind()).isEqualTo(FailureKind.CONFIGURATION);
        assertThat(e).hasMessage("environment variable IOC_MISSING is not set");
        assertThat(fixture.server.getRequestCount()).isZero();
    }

    /** A server on this machine's first non-loopback IPv4 address, if it has one. */
    private static MockWebServer startOnLanAddress() throws IOException {
        InetAddress lan = null;
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && nic.isUp()) {
                    lan = address;
                }
            }
        }
        assumeTrue(lan != null, "this machine has no non-loopback IPv4 address");
        MockWebServer server = new MockWebServer();
        server.start(lan, 0);
        return server;
    }

    /** Counts the sockets OkHttp asks for, to prove that a refused request never opened one. */
    private static final class CountingSocketFactory extends SocketFactory {
        final AtomicInteger created = new AtomicInteger();
        private final SocketFactory delegate = SocketFactory.getDefault();

        @Override
        public Socket createSocket() throws IOException {
            created.incrementAndGet();
            return delegate.createSocket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            created.incrementAndGet();
            return delegate.createSocket(host, port);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            created.incrementAndGet();
            return delegate.createSocket(host, port, local, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            created.incrementAndGet();
            return delegate.createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort) throws IOException {
            created.incrementAndGet();
            return delegate.createSocket(address, port, local, localPort);
        }
    }
}
