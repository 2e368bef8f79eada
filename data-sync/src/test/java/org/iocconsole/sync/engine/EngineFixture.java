package org.iocconsole.sync.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheWriter;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.SourceConnector;
import org.iocconsole.sync.model.SyncState;

/** A real cache file and an engine over connectors to a MockWebServer, with short retry pauses. */
final class EngineFixture implements AutoCloseable {
    static final SyncTiming FAST = new SyncTiming(
            3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(2), 6, Duration.ofMinutes(5));

    final ConnectorFixture http = new ConnectorFixture();
    final CacheDatabase db;
    final RecordingListener listener = new RecordingListener();
    SyncEngine engine;

    EngineFixture(Path dir) {
        db = CacheDatabase.open(dir, "cache");
    }

    SyncEngine engine(SyncTiming timing, List<SourceConnector<?>> connectors) {
        engine = new SyncEngine(
                connectors,
                new CacheWriter(db, new HistoryCodec(TestCaches.mapper())),
                new SyncStateRepository(db),
                http.clock,
                timing,
                listener,
                listener);
        return engine;
    }

    SyncState state(String sourceId) {
        return new SyncStateRepository(db).find(sourceId).orElseThrow();
    }

    /** A cameras feed page holding the given camera ids. */
    static String cameraPage(String nextCursor, boolean hasMore, String... ids) {
        StringBuilder items = new StringBuilder();
        for (String id : ids) {
            items.append(items.length() == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(id)
                    .append("\",\"name\":\"Ngã tư ")
                    .append(id)
                    .append("\",\"lat\":21.59,\"lon\":105.84,\"stream_kind\":\"mjpeg\",")
                    .append("\"stream_url\":\"cameras/")
                    .append(id)
                    .append("/stream.mjpg\",\"status\":\"online\",\"updated_at\":\"2026-11-22T01:00:00Z\"}");
        }
        return "{\"items\":[" + items + "],\"next_cursor\":\"" + nextCursor + "\",\"has_more\":" + hasMore + "}";
    }

    @Override
    public void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
        http.close();
        db.close();
    }
}
