package org.iocconsole.sync.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheWriter;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.ReportWordIndexer;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.config.SourcesConfig;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.connector.HttpClients;
import org.iocconsole.sync.connector.SourceConnector;
import org.iocconsole.sync.connector.SourceConnectors;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.engine.SyncEngine;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.engine.SyncProgressListener;
import org.iocconsole.sync.engine.SyncTiming;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OutboxPusher;
import org.iocconsole.sync.outbox.OutboxRepository;

/**
 * The data side of a console, or of a headless sync agent: the cache file, the sync engine over the configured
 * sources and the outbox pusher, wired once. Open it off the FX thread. Thread-safe.
 */
public final class SyncAgent implements AutoCloseable {

    /**
     * What the agent is built from.
     *
     * @param cacheName the cache file's base name ({@code live}, {@code demo}): a demo never writes the live cache
     * @param outboxListener told when actions change state; may be a no-op
     */
    public record Settings(
            SourcesConfig sources,
            Path cacheDir,
            String cacheName,
            Clock clock,
            SyncTiming timing,
            TokenResolver tokens,
            String version,
            SyncProgressListener progress,
            ChangeListener changes,
            OutboxPusher.Listener outboxListener) {}

    /** The source named by change events of the word index, which is not a source of its own. */
    public static final String WORD_INDEX_SOURCE = "report-words";

    private static final Duration OUTBOX_FIRST_BACKOFF = Duration.ofSeconds(2);
    private static final Duration OUTBOX_MAX_BACKOFF = Duration.ofMinutes(5);

    private final CacheDatabase cache;
    private final ObjectMapper mapper;
    private final SyncEngine engine;
    private final OutboxRepository outbox;
    private final ActionRecorder actions;
    private final OutboxPusher pusher;
    private final OkHttpClient http;
    private final ReportWordIndexer words;

    private SyncAgent(Settings settings, CacheDatabase cache) {
        this.cache = cache;
        ChangeListener changes = settings.changes();
        // Found by their words once indexed: views showing reports hear of it as of any other change of them.
        this.words = new ReportWordIndexer(
                cache,
                indexed -> changes.onChange(new ChangeEvent(
                        WORD_INDEX_SOURCE,
                        Contract.OPEN311,
                        indexed,
                        settings.clock().instant())));
        this.mapper = newObjectMapper();
        this.http = HttpClients.newSharedClient(settings.version());
        SourceConnectors connectors = new SourceConnectors(http, mapper, settings.tokens(), settings.clock());
        List<SourceConnector<?>> sources = settings.sources().sources().stream()
                .<SourceConnector<?>>map(connectors::create)
                .toList();
        this.engine = new SyncEngine(
                sources,
                new CacheWriter(cache, new HistoryCodec(mapper)),
                new SyncStateRepository(cache),
                settings.clock(),
                settings.timing(),
                settings.progress(),
                event -> {
                    changes.onChange(event);
                    if (event.contract() == Contract.OPEN311) {
                        words.wake();
                    }
                });
        this.outbox = new OutboxRepository(cache);
        this.actions = new ActionRecorder(cache, outbox, new AuditLog(cache), mapper);
        this.pusher = settings.sources().outbox() == null
                ? null
                : new OutboxPusher(
                        outbox,
                        connectors.actions(settings.sources().outbox()),
                        settings.clock(),
                        OUTBOX_FIRST_BACKOFF,
                        OUTBOX_MAX_BACKOFF,
                        settings.outboxListener());
    }

    /**
     * Opens the cache and builds the engine; nothing runs until {@link #start()} or {@link SyncEngine#runOnce()}.
     *
     * @throws org.iocconsole.sync.cache.CacheException when the cache cannot be opened (message for the user)
     */
    public static SyncAgent open(Settings settings) {
        return over(settings, CacheDatabase.open(settings.cacheDir(), settings.cacheName()));
    }

    /**
     * Builds the engine over a cache already open (an encrypted one, or one a login has read); the agent closes it.
     */
    public static SyncAgent over(Settings settings, CacheDatabase cache) {
        try {
            return new SyncAgent(settings, cache);
        } catch (RuntimeException e) {
            cache.close();
            throw e;
        }
    }

    /** The one mapper of the application: java.time as ISO text. */
    public static ObjectMapper newObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Starts the schedules of every source and the outbox pusher, and indexes reports a stopped run left unindexed. */
    public void start() {
        words.wake();
        engine.start();
        if (pusher != null) {
            pusher.start();
        }
    }

    /** Syncs every source once, then indexes the words of the reports written, so nothing is left half done. */
    public List<SyncProgress> syncOnce() {
        List<SyncProgress> progress = engine.runOnce();
        words.catchUp();
        return progress;
    }

    public CacheDatabase cache() {
        return cache;
    }

    public SyncEngine engine() {
        return engine;
    }

    /** The word index of the reports, which follows the sync on its own thread. */
    public ReportWordIndexer words() {
        return words;
    }

    public OutboxRepository outbox() {
        return outbox;
    }

    /** Records operator actions; nudge the pusher afterwards with {@link #pusher()}. */
    public ActionRecorder actions() {
        return actions;
    }

    /** The pusher, absent when the configuration names no outbox endpoint (actions then wait in the outbox). */
    public Optional<OutboxPusher> pusher() {
        return Optional.ofNullable(pusher);
    }

    /** The shared HTTP client, for requests beside the sources (report photos). */
    public OkHttpClient http() {
        return http;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Stops sync and pushing, then closes the cache. */
    @Override
    public void close() {
        engine.close();
        words.close();
        if (pusher != null) {
            pusher.close();
        }
        cache.close();
    }
}
