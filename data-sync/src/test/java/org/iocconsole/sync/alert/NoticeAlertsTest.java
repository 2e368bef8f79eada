package org.iocconsole.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.connector.ConnectorFixture.envelope;

import java.nio.file.Path;
import java.time.Instant;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheWriter;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.NoticeAlerts;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.CapturedLogs;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.SourceConnector;
import org.iocconsole.sync.connector.notices.NoticeFeed;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Notice;
import org.iocconsole.sync.model.Page;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OutboxRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any province's notices feed raises alerts, read from a real HTTP server into a real cache; an alert with a level
 * nobody knows or without a title is still raised, with a default and a log line.
 */
class NoticeAlertsTest {
    private static final Instant SYNCED = Instant.parse("2026-09-14T03:00:00Z");
    private static final String ODD_LEVEL = """
            {"id": "pccc-7", "kind": "alert", "level": "apocalyptic",
             "title": {"vi": "Cháy kho hàng", "en": "Warehouse fire"},
             "issued_at": "2026-09-14T01:00:00Z", "updated_at": "2026-09-14T01:00:00Z"}""";
    private static final String NO_TITLE = """
            {"id": "kttv-2", "kind": "alert", "text": {"vi": "Lũ quét"},
             "issued_at": "2026-09-14T01:10:00Z", "updated_at": "2026-09-14T01:10:00Z"}""";
    private static final String NO_LEVEL_CLEARED = """
            {"id": "kttv-1", "kind": "alert", "title": {"vi": "Gió mạnh"},
             "issued_at": "2026-09-14T00:10:00Z", "cleared_at": "2026-09-14T00:50:00Z",
             "updated_at": "2026-09-14T00:50:00Z"}""";

    private final ConnectorFixture fixture = new ConnectorFixture();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void oddAlertsGetDefaultsAndALogLineAndNeverFailTheSync() throws Exception {
        SourceConnector<Notice> notices = fixture.connectors.feed(fixture.source(Contract.NOTICES), NoticeFeed.SPEC);
        fixture.enqueue(200, envelope("c1", false, ODD_LEVEL, NO_TITLE, NO_LEVEL_CLEARED));
        try (CacheDatabase cache = CacheDatabase.open(dir, "live");
                CapturedLogs logs = new CapturedLogs()) {
            Page<Notice> page = notices.fetch(null, null, new CancelHandle()).page();
            new CacheWriter(cache, new HistoryCodec(TestCaches.mapper()))
                    .writePage("notices", Contract.NOTICES, page, SYNCED);
            AlertStore alerts = new AlertStore(cache);

            Alert fire = alerts.find(NoticeAlerts.alertId("pccc-7")).orElseThrow();
            assertThat(fire.severity()).as("an unknown level is a warning").isEqualTo(Severity.WARNING);
            assertThat(fire.title().in("en")).isEqualTo("Warehouse fire");
            Alert flood = alerts.find(NoticeAlerts.alertId("kttv-2")).orElseThrow();
            assertThat(flood.title().in("vi"))
                    .as("the console shows a general title")
                    .isEmpty();
            assertThat(flood.text().in("vi")).isEqualTo("Lũ quét");
            assertThat(flood.state()).isEqualTo(AlertState.OPEN);
            assertThat(alerts.find(NoticeAlerts.alertId("kttv-1")).orElseThrow().state())
                    .as("cleared before it was synced")
                    .isEqualTo(AlertState.CLEARED);
            assertThat(alerts.announceNotices())
                    .extracting(Alert::alertId)
                    .as("what was cleared before it arrived is not announced")
                    .containsExactly(NoticeAlerts.alertId("pccc-7"), NoticeAlerts.alertId("kttv-2"));
            assertThat(logs.text())
                    .contains("pccc-7 has level \"apocalyptic\"")
                    .contains("kttv-1 has level \"null\"")
                    .contains("kttv-2 has no title");
        }
    }

    @Test
    void aDeletedNoticeTakesItsAlertAndAWorseLevelReopensIt() throws Exception {
        SourceConnector<Notice> notices = fixture.connectors.feed(fixture.source(Contract.NOTICES), NoticeFeed.SPEC);
        try (CacheDatabase cache = CacheDatabase.open(dir, "live")) {
            CacheWriter writer = new CacheWriter(cache, new HistoryCodec(TestCaches.mapper()));
            AlertStore alerts = new AlertStore(cache);
            String fire = NoticeAlerts.alertId("pccc-7");
            fixture.enqueue(200, envelope("c1", false, ODD_LEVEL.replace("apocalyptic", "warning")));
            writer.writePage(
                    "notices",
                    Contract.NOTICES,
                    notices.fetch(null, null, new CancelHandle()).page(),
                    SYNCED);
            alerts.acknowledge(
                    new ActionRecorder(cache, new OutboxRepository(cache), new AuditLog(cache), TestCaches.mapper()),
                    fire,
                    "dieuhanh01",
                    SYNCED);
            assertThat(alerts.find(fire).orElseThrow().state()).isEqualTo(AlertState.ACKNOWLEDGED);

            fixture.enqueue(
                    200,
                    envelope(
                            "c2",
                            false,
                            ODD_LEVEL.replace("apocalyptic", "critical").replace("01:00:00Z\"}", "01:30:00Z\"}")));
            writer.writePage(
                    "notices",
                    Contract.NOTICES,
                    notices.fetch("c1", null, new CancelHandle()).page(),
                    SYNCED);
            Alert worse = alerts.find(fire).orElseThrow();
            assertThat(worse.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(worse.state()).as("worse: open again").isEqualTo(AlertState.OPEN);
            assertThat(worse.acknowledgedBy()).isNull();

            fixture.enqueue(200, envelope("c3", false, "{\"id\": \"pccc-7\", \"deleted\": true}"));
            writer.writePage(
                    "notices",
                    Contract.NOTICES,
                    notices.fetch("c2", null, new CancelHandle()).page(),
                    SYNCED);
            assertThat(alerts.find(fire)).isEmpty();
        }
    }
}
