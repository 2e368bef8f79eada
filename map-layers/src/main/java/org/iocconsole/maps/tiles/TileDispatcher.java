package org.iocconsole.maps.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;

/**
 * The tile retriever Gluon Maps loads through its service (META-INF/services): it asks the sources configured in
 * {@link MapTiles} on two daemon threads, so neither a slow file nor an offline server ever holds up the FX thread.
 * Two threads also keep the console polite to online tile servers. Thread-safe.
 */
public final class TileDispatcher implements TileRetriever {
    private static final ExecutorService TILES = Executors.newFixedThreadPool(2, new ThreadFactoryImpl());

    /** Called by the service loader. */
    public TileDispatcher() {}

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        return CompletableFuture.supplyAsync(() -> MapTiles.get().tile(zoom, x, y), TILES);
    }

    private static final class ThreadFactoryImpl implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "map-tiles-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
