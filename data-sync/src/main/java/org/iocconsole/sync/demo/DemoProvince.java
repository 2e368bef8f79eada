package org.iocconsole.sync.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.ConfigProblem;
import org.iocconsole.sync.scenario.Scenario;
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

    /** The world being served and what serves it; replaced together when a scenario is rewound or changed. */
    record Served(DemoOptions options, DemoWorld world, DemoRouter router, CameraStreams streams) {}

    private final VirtualClock clock;
    private final FaultInjector faults = new FaultInjector();
    private final HttpServer server;
    private final ThreadPoolExecutor requestPool;
    private final ThreadPoolExecutor streamPool;
    private final ScenarioPlayer player;
    private final Duration startupTime;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Served served;

    private DemoProvince(DemoOptions options, ScenarioScript script) throws IOException {
        long started = System.nanoTime();
        this.clock = options.clockOrNow();
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
        player = script == null ? null : new ScenarioPlayer(this, script.scenario);
        serve(options, script);
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the client's
        // delayed ACK hold small answers back about 40 ms. The server reads this property once, when it first starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        server.createContext("/", exchange -> served.router().handle(exchange));
        server.setExecutor(requestPool);
        server.start();
        startupTime = Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Generates a world for {@code options} (and the scenario, if any) in the background and serves it from now on;
     * a request waits only until the part it needs is generated.
     */
    void serve(DemoOptions options, ScenarioScript script) {
        swap(build(options, script));
    }

    /** Starts generating a world without serving it yet. */
    Served build(DemoOptions options, ScenarioScript script) {
        long started = System.nanoTime();
        ExecutorService generators = Executors.newFixedThreadPool(3, daemonThreads("demo-province-init-"));
        DemoWorld world = new DemoWorld(options, clock, generators, script);
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
        CameraStreams streams = new CameraStreams(world, streamPool);
        ScenarioHandler scenarioHandler = new ScenarioHandler(world, player, this::world);
        return new Served(
                options, world, new DemoRouter(world, faults, options.token(), streams, scenarioHandler), streams);
    }

    /** Serves {@code next} from now on. */
    void swap(Served next) {
        served = next;
    }

    /**
     * Starts serving at once and generates the province in the background; a request waits only until the part it
     * needs is generated (see {@link #awaitReady()}).
     */
    public static DemoProvince start(DemoOptions options) {
        return start(options, null);
    }

    /**
     * Starts a demo province that plays {@code scenario}: on the scenario's province, seed and start, on a clock that
     * stands paused at the start until {@link ScenarioPlayer#play()}. Waits until the province is generated.
     *
     * @param options port, token and stream limit; seed, province and clock come from the scenario
     * @throws ConfigException when the scenario names cameras, communes or indicators the province does not have
     */
    public static DemoProvince play(Scenario scenario, DemoOptions options) throws ConfigException {
        if (scenario.start().isBefore(DemoOptions.EARLIEST_ANCHOR)) {
            throw new ConfigException(new ConfigProblem(
                    scenario.source(), 0, "start", "must be on or after " + DemoOptions.EARLIEST_ANCHOR));
        }
        VirtualClock clock = VirtualClock.pausedAt(scenario.start());
        ScenarioScript script = new ScenarioScript(scenario, Json.newMapper());
        DemoProvince demo = start(
                options.withSeed(scenario.seed())
                        .withProvince(scenario.province())
                        .withClock(clock),
                script);
        try {
            demo.awaitReady();
            DemoWorld world = demo.served.world();
            script.check(world.basics(), world.cameras());
            return demo;
        } catch (ConfigException | RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    private static DemoProvince start(DemoOptions options, ScenarioScript script) {
        try {
            DemoProvince demo = new DemoProvince(options, script);
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
        return served.options();
    }

    /** The player of the scenario this province plays; empty for a plain demo. */
    public Optional<ScenarioPlayer> scenario() {
        return Optional.ofNullable(player);
    }

    DemoWorld world() {
        return served.world();
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
            served.world().ready().join();
            return this;
        } catch (CompletionException e) {
            throw new IllegalStateException("the demo province could not be generated", e.getCause());
        }
    }

    /** Items per feed and the number of citizen reports, as of now; waits until everything is generated. */
    public Map<String, Integer> itemCounts() {
        return served.world().counts();
    }

    /** Camera streams being sent right now. */
    public int activeStreams() {
        return served.streams().active();
    }

    /** Stops the server, ends every stream and waits briefly for the threads to finish. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        if (player != null) {
            player.close();
        }
        requestPool.shutdownNow();
        streamPool.shutdownNow();
        try {
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
