package org.iocconsole.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.iocconsole.sync.agent.SyncAgent;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheWriter;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.ReportWordIndexer;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.connector.HttpClients;
import org.iocconsole.sync.connector.SourceConnectors;
import org.iocconsole.sync.engine.SyncEngine;
import org.iocconsole.sync.engine.SyncTiming;
import org.iocconsole.sync.model.Contract;

/**
 * The real sync path for benchmarks: connectors over one OkHttp client that counts its requests, the cache writer and
 * the engine, on a cache file of its own.
 */
final class SyncBench implements AutoCloseable {
    final CacheDatabase cache;
    final SyncEngine engine;
    /** Indexes the reports' words on its own thread while the sync goes on, as in the console. */
    final ReportWordIndexer words;

    final AtomicInteger requests = new AtomicInteger();

    SyncBench(Path cacheDir, List<SourceConfig> sources, Clock clock) {
        ObjectMapper mapper = SyncAgent.newObjectMapper();
        OkHttpClient http = HttpClients.newSharedClient("bench")
                .newBuilder()
                .addNetworkInterceptor(chain -> {
                    requests.incrementAndGet();
                    return chain.proceed(chain.request());
                })
                .build();
        SourceConnectors connectors = new SourceConnectors(http, mapper, new TokenResolver(Map.of()), clock);
        cache = CacheDatabase.open(cacheDir, "bench");
        words = new ReportWordIndexer(cache, indexed -> {});
        engine = new SyncEngine(
                sources.stream()
                        .<org.iocconsole.sync.connector.SourceConnector<?>>map(connectors::create)
                        .toList(),
                new CacheWriter(cache, new HistoryCodec(mapper)),
                new SyncStateRepository(cache),
                clock,
                SyncTiming.defaults(),
                progress -> {},
                change -> {
                    if (change.contract() == Contract.OPEN311) {
                        words.wake();
                    }
                });
    }

    @Override
    public void close() {
        engine.close();
        words.close();
        cache.close();
    }
}
