package org.iocconsole.sync.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded demo province: a real HTTP server on 127.0.0.1 that serves every contract of {@code docs/api}
 * (administrative units and their lineage, indicators and observations, dossier and document statistics, cameras
 * with MJPEG streams, facilities, Open311 GeoReport v2 citizen reports and the {@code actions} endpoint) from data
 * generated out of the real unit data of {@code vn/} and a seed.
 *
 * <pre>{@code
 * try (DemoProvince demo = DemoProvince.start(DemoOptions.defaults()
 *         .withSeed(42)
 *         .withClock(VirtualClock.manual(Instant.parse("2026-11-22T01:30:00Z"))))) {
 *     String api = demo.apiUrl();          // http://127.0.0.1:PORT/api/v1/
 *     String open311 = demo.open311Url();  // http://127.0.0.1:PORT/open311/v2/
 *     demo.clock().advance(Duration.ofHours(2));  // new reports, progress, camera outages, revised figures
 *     demo.faults().next("/api/v1/cameras", Fault.status(503));
 * }
 * }</pre>
 *
 * <p>The same seed and the same clock anchor give byte-identical answers; later changes depend only on the seed and
 * on how far virtual time has moved (and on what clients posted). Requests are served by a small pool of daemon
 * threads; each camera stream has its own thread from a bounded pool.
 *
 * <p>Thread-safe. {@link #close()} stops the server and its threads promptly.
 */
public final class DemoProvince implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoProvince.class);
    private static final int REQUEST_THREADS = 8;

    private final DemoOptions options;
    private final VirtualClock clock;
    private final DemoWorld world;
    private final FaultInjector faults = new FaultInjector();
    private final HttpServer server;
    private final ThreadPoolExecutor requestPool;
    private final ThreadPoolExecutor streamPool;
    private final CameraStreams streams;
    private final ExecutorService generators;
    private final Duration startupTime;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DemoProvince(DemoOptions options) throws IOException {
        long started = System.nanoTime();
        this.options = options;
        this.clock = options.clockOrNow();
        generators = Executors.newFixedThreadPool(3, daemonThreads("demo-province-init-"));
        world = new DemoWorld(options, clock, generators);
        world.ready().whenComplete((done, failure) -> {
            generators.shutdown();
            if (failure != null) {
                LOG.error("the demo province could not be generated", failure);
            } else {
                LOG.info(
                        "demo province {} generated in {} ms: {}",
                        options.province(),
                        (System.nanoTime() - started) / 1_000_000,
                        world.counts());
            }
        });
        requestPool = new ThreadPoolExecutor(
                REQUEST_THREADS,
                REQUEST_THREADS,
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                daemonThreads("demo-province-http-"));
        streamPool = new ThreadPoolExecutor(
                0,
                options.maxStreams(),
                30,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                daemonThreads("demo-province-stream-"));
        streams = new CameraStreams(world, streamPool);
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the client's
        // delayed ACK hold small answers back about 40 ms. The server reads this property once, when it first starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        server.createContext("/", new DemoRouter(world, faults, options.token(), streams));
        server.setExecutor(requestPool);
        server.start();
        startupTime = Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Starts serving at once and generates the province in the background; a request waits only until the part it
     * needs is generated (see {@link #awaitReady()}).
     */
    public static DemoProvince start(DemoOptions options) {
        try {
            DemoProvince demo = new DemoProvince(options);
            LOG.info(
                    "demo province {} (seed {}) ready in {} ms at {} and {}; virtual time {}",
                    options.province(),
                    options.seed(),
                    demo.startupTime.toMillis(),
                    demo.apiUrl(),
                    demo.open311Url(),
                    demo.clock.instant());
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo province", e);
        }
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/";
    }

    /** The source URL of every JSON contract and of {@code actions}: {@code http://127.0.0.1:PORT/api/v1/}. */
    public String apiUrl() {
        return baseUrl() + DemoRouter.API.substring(1);
    }

    /** The Open311 GeoReport v2 endpoint: {@code http://127.0.0.1:PORT/open311/v2/}. */
    public String open311Url() {
        return baseUrl() + DemoRouter.OPEN311.substring(1);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The virtual clock that drives the province; advance, pause or speed it up. */
    public VirtualClock clock() {
        return clock;
    }

    /** Faults to inject into the next requests, see {@link FaultInjector}. */
    public FaultInjector faults() {
        return faults;
    }

    public DemoOptions options() {
        return options;
    }

    /** How long {@link #start(DemoOptions)} took until the server listened. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Waits until every feed and the reports are generated.
     *
     * @throws IllegalStateException when generation failed (the cause says why)
     */
    public DemoProvince awaitReady() {
        try {
            world.ready().join();
            return this;
        } catch (CompletionException e) {
            throw new IllegalStateException("the demo province could not be generated", e.getCause());
        }
    }

    /** Items per feed and the number of citizen reports, as of now; waits until everything is generated. */
    public Map<String, Integer> itemCounts() {
        return world.counts();
    }

    /** Camera streams being sent right now. */
    public int activeStreams() {
        return streams.active();
    }

    /** Stops the server, ends every stream and waits briefly for the threads to finish. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        generators.shutdownNow();
        requestPool.shutdownNow();
        streamPool.shutdownNow();
        try {
            generators.awaitTermination(2, TimeUnit.SECONDS);
            requestPool.awaitTermination(2, TimeUnit.SECONDS);
            streamPool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
