package org.iocconsole.console.cameras.stream;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.iocconsole.console.common.NamedThreads;

/**
 * What every camera player shares: an HTTP client with the camera timeouts, a bounded pool of reading threads (one
 * per connected stream, so a stalled camera holds only its own thread) and one scheduler thread for reconnect waits
 * and stall watchdogs. Created in wiring, closed when the console stops; closing ends every thread. Thread-safe.
 */
public final class StreamRuntime implements AutoCloseable {
    /** Prefix of every thread of the camera players. */
    public static final String THREAD_PREFIX = "ioc-camera";

    private final StreamSettings settings;
    private final OkHttpClient client;
    private final ThreadPoolExecutor readers;
    private final ScheduledExecutorService scheduler;
    private final Set<StreamPlayer> players = ConcurrentHashMap.newKeySet();

    /** @param client the console's HTTP client; the camera timeouts are applied to a derived one */
    public StreamRuntime(OkHttpClient client, StreamSettings settings) {
        this.settings = settings;
        this.client = client.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.stallTimeout())
                .callTimeout(Duration.ZERO)
                .retryOnConnectionFailure(false)
                .build();
        this.readers = new ThreadPoolExecutor(
                0,
                settings.maxStreams(),
                10,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                NamedThreads.daemon(THREAD_PREFIX + "-read"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon(THREAD_PREFIX + "-timer"));
    }

    public StreamSettings settings() {
        return settings;
    }

    OkHttpClient client() {
        return client;
    }

    ThreadPoolExecutor readers() {
        return readers;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    void started(StreamPlayer player) {
        players.add(player);
    }

    void stopped(StreamPlayer player) {
        players.remove(player);
    }

    /** Streams reading right now. */
    public int activeReaders() {
        return readers.getActiveCount();
    }

    /** Ends every reading thread (their sockets are closed by the players' stop) and the scheduler. */
    @Override
    public void close() {
        players.forEach(StreamPlayer::stop);
        scheduler.shutdownNow();
        readers.shutdownNow();
        client.dispatcher().cancelAll();
        client.connectionPool().evictAll();
        try {
            readers.awaitTermination(2, TimeUnit.SECONDS);
            scheduler.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
