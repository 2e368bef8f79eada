package org.iocconsole.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Serves, from memory, answers first fetched from another server: the demo's pages are recorded once, then replayed
 * byte for byte, so an ingest benchmark measures the client's path and not the demo's rendering.
 */
final class RecordingServer implements AutoCloseable {
    private final String upstream;
    private final OkHttpClient client = new OkHttpClient();
    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();
    private final HttpServer server;

    RecordingServer(String upstreamBase) throws IOException {
        this.upstream = upstreamBase;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread t = new Thread(runnable, "bench-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            byte[] body = answer(exchange.getRequestURI());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The same path on this server. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    int recorded() {
        return answers.size();
    }

    private byte[] answer(URI uri) throws IOException {
        String key = uri.getRawPath() + "?" + uri.getRawQuery();
        byte[] known = answers.get(key);
        if (known != null) {
            return known;
        }
        HttpUrl url = HttpUrl.get(upstream).resolve(key.substring(1));
        try (Response response =
                client.newCall(new Request.Builder().url(url).build()).execute()) {
            byte[] body = response.body().bytes();
            answers.put(key, body);
            return body;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
