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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prepare for travel against the real demo province and a tile server on loopback. */
class TravelPreparationTest {
    @TempDir
    Path dir;

    private DemoProvince province;
    private SyncAgent agent;
    private HttpServer tiles;
    private final AtomicInteger tileRequests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
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
            tileRequests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(png);
            }
        });
        tiles.start();
    }

    @AfterEach
    void stop() {
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
                .mediaUrls(province.clock().instant().minus(TravelPreparation.PHOTO_WINDOW));
        assertThat(photos).isNotEmpty();
        assertThat(summary.photos()).isEqualTo(photos.size());
        assertThat(files(dir.resolve("media"))).isEqualTo(photos.size());
        assertThat(summary.tiles()).isPositive().isLessThanOrEqualTo(TravelPreparation.MAX_TILES);
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
        assertThat(tileRequests.get()).isZero();
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
                        province.clock())
                .run((s, d, t) -> {});

        assertThat(none.tilesSkipped()).isEqualTo("none");
        assertThat(osm.tilesSkipped()).isEqualTo("public");
        assertThat(tileRequests.get()).isZero();
    }

    @Test
    void thePlanCoversTheExtentFromTheLowestZoomWithinTheLimit() {
        List<long[]> plan = TravelPreparation.plan(Optional.of(new TravelQueries.Extent(21.3, 105.5, 22.0, 106.2)));

        assertThat(plan).isNotEmpty().hasSizeLessThanOrEqualTo((int) TravelPreparation.MAX_TILES);
        assertThat(plan.get(0)[0]).isEqualTo(TravelPreparation.MIN_ZOOM);
        assertThat(TravelPreparation.plan(Optional.empty())).isEmpty();
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
                province.clock());
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
