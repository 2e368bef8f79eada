package org.iocconsole.console.app;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.iocconsole.console.cameras.stream.FrameBudget;
import org.iocconsole.console.cameras.stream.StreamAuth;
import org.iocconsole.console.cameras.stream.StreamRuntime;
import org.iocconsole.console.cameras.stream.StreamSettings;
import org.iocconsole.console.cameras.stream.StreamSpec;
import org.iocconsole.console.cameras.wall.CameraHealth;
import org.iocconsole.console.cameras.wall.TileServices;
import org.iocconsole.console.common.NamedThreads;
import org.iocconsole.sync.connector.HttpClients;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.CameraObservation;

/**
 * The camera wall's shared parts, built when the cameras screen is first shown: the players' runtime, a decoding pool
 * of one thread per core (at most four, idle threads end), the frame budget and the read model of observed camera
 * states. FX thread only, except {@link #close()}.
 */
final class CameraWallServices {
    private static final Duration SNAPSHOT_EVERY = Duration.ofSeconds(1);

    private final Clock clock;
    private final Executor fx;
    private StreamRuntime runtime;
    private ExecutorService decoders;
    private TileServices tiles;
    private CameraHealth health;
    private ExecutorService writer;
    private Consumer<CameraObservation> observations = observation -> {};
    private volatile StreamAuth auth = StreamAuth.NONE;

    CameraWallServices(Clock clock, Executor fx) {
        this.clock = clock;
        this.fx = fx;
    }

    /** Where observed camera states are recorded; set when the data side opens, before the wall is built. */
    void recordObservationsIn(Consumer<CameraObservation> store) {
        this.observations = store;
    }

    /** The credentials of camera streams (the tokens of the cameras sources); set when the data side opens. */
    void authenticateWith(StreamAuth credentials) {
        this.auth = credentials;
    }

    /** What the tiles share; created on first use. */
    TileServices tiles() {
        if (tiles == null) {
            runtime = new StreamRuntime(HttpClients.newSharedClient(), StreamSettings.defaults());
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            ThreadPoolExecutor pool = new ThreadPoolExecutor(
                    threads,
                    threads,
                    10,
                    TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(),
                    NamedThreads.daemon(StreamRuntime.THREAD_PREFIX + "-decode"));
            pool.allowCoreThreadTimeOut(true);
            decoders = pool;
            writer = Executors.newSingleThreadExecutor(NamedThreads.daemon(StreamRuntime.THREAD_PREFIX + "-states"));
            health = new CameraHealth(fx, writer, observations);
            tiles = new TileServices(
                    runtime,
                    FrameBudget.defaults(),
                    decoders,
                    fx,
                    camera -> {
                        StreamSpec spec = spec(camera);
                        return spec == null ? null : spec.withAuth(auth);
                    },
                    health,
                    (header, received, shown) -> {},
                    clock);
        }
        return tiles;
    }

    /** The observed states of the cameras on the wall; null until the wall was first built. */
    CameraHealth health() {
        return health;
    }

    /** How the console plays a camera of the registry; null when it cannot (HLS plays through the media player). */
    static StreamSpec spec(Camera camera) {
        return switch (camera.streamKind()) {
            case MJPEG -> camera.streamUrl() == null ? null : StreamSpec.mjpeg(camera.streamUrl());
            case SNAPSHOT ->
                camera.snapshotUrl() == null ? null : StreamSpec.snapshot(camera.snapshotUrl(), SNAPSHOT_EVERY);
            case HLS -> null;
        };
    }

    void close() {
        if (runtime != null) {
            runtime.close();
            decoders.shutdownNow();
            writer.shutdown();
        }
    }
}
