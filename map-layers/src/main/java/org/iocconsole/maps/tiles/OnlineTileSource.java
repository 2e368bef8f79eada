package org.iocconsole.maps.tiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tiles from an online XYZ server ({@code https://…/{z}/{x}/{y}.png}, or a WMTS REST template with the same
 * placeholders), kept in a disk cache. Only the tiles the map asks for are fetched, never an area in bulk, as the tile
 * usage policies of public servers require, with a User-Agent that names the application. A cached tile is served
 * without the network; after a failure the server is left alone for a while, so an offline console answers from the
 * cache or the next source at once instead of waiting on time-outs. Thread-safe.
 */
public final class OnlineTileSource implements TileSource {
    /** How long a failed server is not asked again. */
    static final Duration BACK_OFF = Duration.ofMinutes(1);

    /** How long a cached tile is served before it is fetched again (when online). */
    static final Duration FRESH_FOR = Duration.ofDays(7);

    private final String template;
    private final Path cacheDir;
    private final String userAgent;
    private final String attribution;
    private final HttpClient http;
    private final Clock clock;
    private volatile Instant quietUntil = Instant.MIN;

    /**
     * @param template the URL with {z}, {x} and {y}
     * @param cacheDir where fetched tiles are kept
     * @param userAgent names the application and a contact, as tile servers ask
     */
    public OnlineTileSource(
            String template, Path cacheDir, String userAgent, String attribution, HttpClient http, Clock clock) {
        if (!template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}")) {
            throw new IllegalArgumentException("a tile URL needs {z}, {x} and {y}: " + template);
        }
        this.template = template;
        this.cacheDir = cacheDir;
        this.userAgent = userAgent;
        this.attribution = attribution;
        this.http = http;
        this.clock = clock;
    }

    /** An HTTP client with short connection time-outs, for {@link #OnlineTileSource}. */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Optional<Tile> tile(int zoom, long x, long y) throws TileSourceException {
        Path cached = cacheDir.resolve(zoom + "/" + x + "/" + y + ".tile");
        try {
            boolean have = Files.isRegularFile(cached);
            Instant now = clock.instant();
            boolean fresh = have
                    && Files.getLastModifiedTime(cached)
                            .toInstant()
                            .plus(FRESH_FOR)
                            .isAfter(now);
            if (fresh || (have && now.isBefore(quietUntil))) {
                return decode(Files.readAllBytes(cached), zoom, x, y);
            }
            if (now.isBefore(quietUntil)) {
                return Optional.empty();
            }
            Optional<byte[]> fetched = fetch(zoom, x, y);
            if (fetched.isEmpty()) {
                return have ? decode(Files.readAllBytes(cached), zoom, x, y) : Optional.empty();
            }
            Files.createDirectories(cached.getParent());
            Path part = Files.createTempFile(cached.getParent(), "tile", ".part");
            Files.write(part, fetched.get());
            Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return decode(fetched.get(), zoom, x, y);
        } catch (IOException e) {
            throw new TileSourceException(
                    TileSourceException.Problem.READ_FAILED, "tile cache of " + name() + ": " + e.getMessage(), e);
        }
    }

    private Optional<byte[]> fetch(int zoom, long x, long y) {
        String url = template.replace("{z}", Integer.toString(zoom))
                .replace("{x}", Long.toString(x))
                .replace("{y}", Long.toString(y));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(8))
                .header("User-Agent", userAgent)
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                return Optional.of(response.body());
            }
            if (response.statusCode() != 404) {
                quietUntil = clock.instant().plus(BACK_OFF);
            }
            return Optional.empty();
        } catch (IOException e) {
            quietUntil = clock.instant().plus(BACK_OFF);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<Tile> decode(byte[] data, int zoom, long x, long y) throws TileSourceException {
        if (data.length == 0) {
            throw new TileSourceException(
                    TileSourceException.Problem.BAD_TILE,
                    "tile " + zoom + "/" + x + "/" + y + " of " + name() + " is empty");
        }
        return Optional.of(new Tile.Encoded(data));
    }

    @Override
    public String name() {
        return URI.create(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"))
                .getHost();
    }

    @Override
    public String attribution() {
        return attribution;
    }
}
