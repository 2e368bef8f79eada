package org.iocconsole.console.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.iocconsole.console.reports.QueueServices;
import org.iocconsole.sync.agent.SyncAgent;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.ReportDetails;
import org.iocconsole.sync.cache.ReportQueue;
import org.iocconsole.sync.cache.SavedFilters;
import org.iocconsole.sync.connector.MediaStore;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OutboxRepository;
import org.iocconsole.sync.reports.ReportActions;
import org.iocconsole.sync.reports.SlaPolicy;

/** The report queue's services over a real cache file, as the data side builds them. */
public final class TestQueues {
    public static final String ACTOR = "dieuhanh01";

    private TestQueues() {}

    /** Queue services over the cache; actions are stamped by {@code clock}; photos are kept in {@code mediaDir}. */
    public static QueueServices over(CacheDatabase db, Clock clock, Path mediaDir) {
        HistoryCodec history = new HistoryCodec(SyncAgent.newObjectMapper());
        SlaPolicy sla =
                new SlaPolicy(Duration.ofHours(72), Duration.ofHours(24), java.util.Map.of(), java.util.Map.of());
        return new QueueServices(
                new ReportQueue(db, sla.atRisk()),
                new ReportDetails(db, history),
                new ReportActions(
                        db,
                        new ActionRecorder(db, new OutboxRepository(db), new AuditLog(db), SyncAgent.newObjectMapper()),
                        history,
                        sla,
                        clock,
                        () -> {}),
                new SavedFilters(db, SyncAgent.newObjectMapper()),
                new MediaStore(new OkHttpClient(), mediaDir),
                ACTOR);
    }
}
