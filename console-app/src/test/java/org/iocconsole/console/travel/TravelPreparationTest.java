package org.iocconsole.console.travel;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.iocconsole.maps.tiles.OnlineTileSource;
import org.iocconsole.maps.tiles.TileSource;
import org.iocconsole.sync.agent.DemoSources;
import org.iocconsole.sync.agent.SyncAgent;
import org.iocconsole.sync.cache.TravelQueries;
import org.iocconsole.sync.config.SourcesConfig;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.connector.MediaStore;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.engine.SyncTiming;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prepare for travel against the real demo province and a tile server on loopback. */
class TravelPreparationTest {
    /** Two days of photos and a few levels of tiles keep the test short on a busy machine. */
    private static final TravelPreparation.Limits LIMITS = new TravelPreparation.Limits(Duration.ofDays(2), 60);

    @TempDir
    static Path shared;

    private static DemoProvince province;
    private static SyncAgent agent;
    private static HttpServer tiles;
    private static final AtomicInteger TILE_REQUESTS = new AtomicInteger();
    private static int runs;
    /** A fresh folder for each test's photos and tiles; the province and its cache are shared. */
    private Path dir;

    @BeforeEach
    void fresh() {
        dir = shared.resolve("run-" + ++runs);
        TILE_REQUESTS.set(0);
    }

    @BeforeAll
    static void start() throws IOException {
        Path dir = shared;
        province = DemoProvince.start(DemoOptions.defaults());
        agent = SyncAgent.open(new SyncAgent.Settings(
                reportsOnly(DemoSources.of(province.apiUrl(), province.open311Url())),
                dir.resolve("cache"),
                "live",
                province.clock(),
                SyncTiming.defaults(),
                new TokenResolver(Map.of()),
                "test",
                p -> {},
                e -> {},
                counts -> {}));
        byte[] png = png();
        tiles = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        tiles.createContext("/", exchange -> {
            TILE_REQUESTS.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(png);
            }
        });
        tiles.start();
    }

    @AfterAll
    static void stop() {
        tiles.stop(0);
        agent.close();
        province.close();
    }

    @Test
    void syncsEverySourceKeepsEveryPhotoAndTheProvincesTiles() throws IOException {
        List<TravelPreparation.Step> steps = new ArrayList<>();
        TravelPreparation preparation = preparation(online());

        TravelPreparation.Summary summary = preparation.run((step, done, total) -> {
            if (steps.isEmpty() || steps.get(steps.size() - 1) != step) {
                steps.add(step);
            }
        });

        assertThat(summary.sourcesFailed()).isZero();
        assertThat(summary.cancelled()).isFalse();
        List<String> photos = new TravelQueries(agent.cache())
                .mediaUrls(province.clock().instant().minus(LIMITS.photoWindow()));
        assertThat(photos).isNotEmpty();
        assertThat(summary.photos()).isEqualTo(photos.size());
        assertThat(files(dir.resolve("media"))).isEqualTo(photos.size());
        assertThat(summary.tiles()).isPositive().isLessThanOrEqualTo(LIMITS.maxTiles());
        assertThat(files(dir.resolve("tiles"))).isEqualTo(summary.tiles());
        assertThat(steps)
                .containsExactly(
                        TravelPreparation.Step.SOURCES, TravelPreparation.Step.PHOTOS, TravelPreparation.Step.TILES);
    }

    @Test
    void cancelStopsAtTheNextItemAndKeepsWhatWasFetched() throws IOException {
        TravelPreparation preparation = preparation(online());

        TravelPreparation.Summary summary = preparation.run((step, done, total) -> {
            if (step == TravelPreparation.Step.PHOTOS && done == 3) {
                preparation.cancel();
            }
        });

        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.photos() + summary.photosFailed()).isEqualTo(3);
        assertThat(files(dir.resolve("media"))).isEqualTo(summary.photos());
        assertThat(summary.tiles()).isZero();
        assertThat(TILE_REQUESTS.get()).isZero();
    }

    @Test
    void withoutAnOnlineServerOrWithAPublicOneNoTileIsFetched() {
        TravelPreparation.Summary none = preparation(Optional.empty()).run((s, d, t) -> {});
        TileSource publicOsm = new OnlineTileSource(
                "http://127.0.0.1:" + tiles.getAddress().getPort() + "/{z}/{x}/{y}.png",
                dir.resolve("tiles"),
                "test",
                "",
                OnlineTileSource.defaultClient(),
                Clock.systemUTC());
        TravelPreparation.Summary osm = new TravelPreparation(
                        agent.engine(),
                        new MediaStore(agent.http(), dir.resolve("media")),
                        new TravelQueries(agent.cache()),
                        Optional.of(publicOsm),
                        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                        province.clock(),
                        LIMITS)
                .run((s, d, t) -> {});

        assertThat(none.tilesSkipped()).isEqualTo("none");
        assertThat(osm.tilesSkipped()).isEqualTo("public");
        assertThat(TILE_REQUESTS.get()).isZero();
    }

    @Test
    void thePlanCoversTheExtentFromTheLowestZoomWithinTheLimit() {
        Optional<TravelQueries.Extent> thaiNguyen = Optional.of(new TravelQueries.Extent(21.3, 105.5, 22.0, 106.2));
        List<long[]> plan = TravelPreparation.plan(thaiNguyen, TravelPreparation.MAX_TILES);

        assertThat(plan).isNotEmpty().hasSizeLessThanOrEqualTo((int) TravelPreparation.MAX_TILES);
        assertThat(plan.get(0)[0]).isEqualTo(TravelPreparation.MIN_ZOOM);
        assertThat(plan.get(plan.size() - 1)[0]).isGreaterThan(TravelPreparation.MIN_ZOOM + 2);
        assertThat(TravelPreparation.plan(thaiNguyen, 10)).hasSizeLessThanOrEqualTo(10);
        assertThat(TravelPreparation.plan(Optional.empty(), TravelPreparation.MAX_TILES))
                .isEmpty();
    }

    /** The citizen reports alone: they hold the photos and the places; the other feeds only slow the test. */
    private static SourcesConfig reportsOnly(SourcesConfig all) {
        return new SourcesConfig(
                all.version(),
                all.sources().stream()
                        .filter(s -> s.contract() == Contract.OPEN311)
                        .toList(),
                all.outbox());
    }

    private Optional<TileSource> online() {
        return Optional.of(new OnlineTileSource(
                url(), dir.resolve("tiles"), "test", "", OnlineTileSource.defaultClient(), Clock.systemUTC()));
    }

    private String url() {
        return "http://127.0.0.1:" + tiles.getAddress().getPort() + "/{z}/{x}/{y}.png";
    }

    private TravelPreparation preparation(Optional<TileSource> source) {
        return new TravelPreparation(
                agent.engine(),
                new MediaStore(agent.http(), dir.resolve("media")),
                new TravelQueries(agent.cache()),
                source,
                source.isPresent() ? url() : null,
                province.clock(),
                LIMITS);
    }

    private static long files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
