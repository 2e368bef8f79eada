package org.iocconsole.maps.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real HTTP server on loopback: fetch on demand, a polite User-Agent, the disk cache, offline. */
class OnlineTileSourceTest {
    private static final byte[] TILE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    @TempDir
    Path cache;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> agents = new CopyOnWriteArrayList<>();
    private String template;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            boolean known = exchange.getRequestURI().getPath().equals("/10/812/451.png");
            exchange.sendResponseHeaders(known ? 200 : 404, known ? TILE.length : -1);
            if (known) {
                exchange.getResponseBody().write(TILE);
            }
            exchange.close();
        });
        server.start();
        template = "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private OnlineTileSource source() {
        return new OnlineTileSource(
                template,
                cache,
                "IOC-Console/test",
                "© test",
                OnlineTileSource.defaultClient(),
                Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void fetchesOnceWithItsUserAgentThenServesFromDisk() throws Exception {
        OnlineTileSource source = source();
        assertThat(((Tile.Encoded) source.tile(10, 812, 451).orElseThrow()).bytes())
                .isEqualTo(TILE);
        assertThat(((Tile.Encoded) source.tile(10, 812, 451).orElseThrow()).bytes())
                .isEqualTo(TILE);
        assertThat(requests).containsExactly("/10/812/451.png");
        assertThat(agents).containsExactly("IOC-Console/test");
        assertThat(source.tile(10, 1, 1)).isEmpty();
    }

    @Test
    void offlineItAnswersFromTheCacheAndAtOnceForTheRest() throws Exception {
        source().tile(10, 812, 451);
        server.stop(0);

        OnlineTileSource offline = source();
        assertThat(offline.tile(10, 812, 451)).isPresent();
        assertThat(offline.tile(10, 3, 3)).isEmpty();
        long start = System.nanoTime();
        // The server failed: the next tiles are not even asked for until the back-off ends.
        for (int i = 0; i < 50; i++) {
            assertThat(offline.tile(11, i, i)).isEmpty();
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }
}
