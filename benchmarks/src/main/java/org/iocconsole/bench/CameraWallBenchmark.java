package org.iocconsole.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.stage.Stage;
import org.iocconsole.console.cameras.stream.FrameBudget;
import org.iocconsole.console.cameras.stream.PartHeader;
import org.iocconsole.console.cameras.stream.StreamRuntime;
import org.iocconsole.console.cameras.stream.StreamSettings;
import org.iocconsole.console.cameras.stream.StreamSpec;
import org.iocconsole.console.cameras.wall.CameraTile;
import org.iocconsole.console.cameras.wall.TileServices;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.NamedThreads;
import org.iocconsole.sync.connector.HttpClients;
import org.iocconsole.sync.model.Camera;

/**
 * Sixteen MJPEG tiles of 640×360 at 10 frames a second each, streamed over loopback into the console's real tiles
 * in a 1280×720 window: the CPU the console side uses (cores), the time from the server writing a frame to the frame
 * being on its tile's image, the heap before and after the run, and the cost of our parsing and decoding per frame
 * against ffmpeg decoding the same frames on this machine. {@code camera-wall [SECONDS]} sets the measured time
 * (default 60; the issue asks for flat memory over 600).
 */
final class CameraWallBenchmark implements Benchmark {
    private static final int TILES = 16;
    private static final int FPS = 10;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int WARM_UP_SECONDS = 8;
    private static final int DEFAULT_SECONDS = 60;

    @Override
    public String name() {
        return "camera-wall";
    }

    @Override
    public String description() {
        return "16 MJPEG tiles 640x360 at 10 fps over loopback: CPU cores, frame-to-screen latency, heap, decoding"
                + " cost against ffmpeg [SECONDS]";
    }

    @Override
    public void run(Results results) throws Exception {
        run(results, List.of());
    }

    @Override
    public void run(Results results, List<String> args) throws Exception {
        int seconds = args.isEmpty() ? DEFAULT_SECONDS : Integer.parseInt(args.get(0));
        headlessUnlessDisplay();
        List<byte[]> frames = CameraFrames.render(40, WIDTH, HEIGHT);
        results.note("frames " + WIDTH + "x" + HEIGHT + ", mean JPEG "
                + frames.stream().mapToInt(f -> f.length).sum() / frames.size() / 1024 + " KB; " + TILES
                + " tiles at " + FPS + " fps; warm-up " + WARM_UP_SECONDS + " s, measured " + seconds + " s");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        DecodeComparison.run(frames, results);

        System.setProperty("sun.net.httpserver.nodelay", "true");
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService decoders = Executors.newFixedThreadPool(
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
                NamedThreads.daemon(StreamRuntime.THREAD_PREFIX + "-decode"));
        try (MjpegLoopServer server = new MjpegLoopServer(frames, FPS);
                StreamRuntime runtime = new StreamRuntime(HttpClients.newSharedClient(), StreamSettings.defaults())) {
            TileServices services = new TileServices(
                    runtime,
                    FrameBudget.defaults(),
                    decoders,
                    Platform::runLater,
                    camera -> StreamSpec.mjpeg(camera.streamUrl()),
                    (id, state, at) -> {},
                    (header, received, shown) -> record(latencies, header, shown),
                    Clock.systemUTC());
            List<CameraTile> tiles = onFx(() -> showWall(services, server));

            Thread.sleep(TimeUnit.SECONDS.toMillis(WARM_UP_SECONDS));
            long heapStart = heapAfterGc();
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long server0 = server.cpuNanos();
            long wall0 = System.nanoTime();
            long shown0 = onFx(() -> shown(tiles));
            int sent0 = server.sent();
            latencies.clear();
            long heapPeak = heapStart;
            // The heap after a collection once a minute: a leak shows as a rising series, not only as start vs end.
            List<Long> minutes = new ArrayList<>();
            for (int s = 0; s < seconds; s++) {
                Thread.sleep(1000);
                heapPeak = Math.max(
                        heapPeak,
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                if (s > 0 && s % 60 == 0) {
                    long settled = heapAfterGc();
                    minutes.add(settled);
                    results.note("after " + s + " s: heap " + mb(settled) + " MB after collection, " + mb(heapPeak)
                            + " MB at most so far");
                }
            }
            long wall = System.nanoTime() - wall0;
            long cpu = os.getProcessCpuTime() - cpu0;
            long serverCpu = server.cpuNanos() - server0;
            long shown = onFx(() -> shown(tiles)) - shown0;
            int sent = server.sent() - sent0;
            long heapEnd = heapAfterGc();
            onFx(() -> {
                tiles.forEach(CameraTile::dispose);
                return null;
            });
            Thread.sleep(500);
            long heapStopped = heapAfterGc();

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            results.note("frames sent " + sent + ", shown " + shown + " (" + String.format("%.1f", shown * 1e9 / wall)
                    + " a second over " + TILES + " tiles); server threads used "
                    + String.format("%.3f", serverCpu / (double) wall) + " cores, not counted below; system load "
                    + String.format("%.1f", os.getSystemLoadAverage()) + " on " + os.getAvailableProcessors()
                    + " cores");
            results.report("cpu_cores", (cpu - serverCpu) / (double) wall);
            results.report("cpu_cores_with_server", cpu / (double) wall);
            results.report("latency_ms", percentile(sorted, 0.5) / 1e6);
            results.report("latency_p95_ms", percentile(sorted, 0.95) / 1e6);
            results.report("latency_max_ms", sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6);
            results.report("shown_fraction", sent == 0 ? 0 : shown / (double) sent);
            results.report("heap_start_mb", mb(heapStart));
            results.report("heap_end_mb", mb(heapEnd));
            results.report("heap_peak_mb", mb(heapPeak));
            if (minutes.size() >= 2) {
                results.report("heap_minutely_first_mb", mb(minutes.get(0)));
                results.report("heap_minutely_last_mb", mb(minutes.get(minutes.size() - 1)));
                results.report("heap_minutely_max_mb", mb(Collections.max(minutes)));
            }
            results.report("heap_after_stop_mb", mb(heapStopped));
            results.report("seconds", seconds);
        } finally {
            decoders.shutdownNow();
            Platform.exit();
        }
    }

    private static List<CameraTile> showWall(TileServices services, MjpegLoopServer server) {
        GridPane grid = new GridPane();
        List<CameraTile> tiles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(25);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(25);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        Stage stage = new Stage();
        stage.setScene(new Scene(grid, 1280, 720));
        stage.show();
        I18n i18n = new I18n(Language.VI);
        for (int i = 0; i < TILES; i++) {
            CameraTile tile = new CameraTile(services, i18n, ZoneId.of("Asia/Ho_Chi_Minh"));
            grid.add(tile, i % 4, i / 4);
            tiles.add(tile);
            tile.show(camera(i, server.url(i)));
        }
        return tiles;
    }

    private static Camera camera(int index, String url) {
        return new Camera(
                "BENCH-" + index,
                "Camera " + index,
                null,
                null,
                "Bench",
                null,
                Camera.StreamKind.MJPEG,
                url,
                null,
                Camera.Status.ONLINE,
                Instant.EPOCH);
    }

    private static void record(ConcurrentLinkedQueue<Long> latencies, PartHeader header, long shownNanos) {
        String sent = header.get("X-Sent-Nanos");
        if (sent != null) {
            latencies.add(shownNanos - Long.parseLong(sent));
        }
    }

    private static long shown(List<CameraTile> tiles) {
        return tiles.stream().mapToLong(CameraTile::framesShown).sum();
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }

    /** The least heap in use right after each of three collections: frames in flight make single readings noisy. */
    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
            Thread.sleep(100);
        }
        return least;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** Without a display, JavaFX runs on the headless Monocle platform with software rendering, as in the tests. */
    private static void headlessUnlessDisplay() {
        System.setProperty("prism.order", "sw");
        System.setProperty("javafx.cachedir", System.getProperty("java.io.tmpdir") + "/ioc-bench-javafx");
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
        }
    }
}
