package org.iocconsole.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OutboxEntry;
import org.iocconsole.sync.outbox.OutboxRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");

    @TempDir
    Path dir;

    private CacheDatabase db;
    private AlertStore store;
    private OutboxRepository outbox;
    private ActionRecorder recorder;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "cache");
        store = new AlertStore(db);
        outbox = new OutboxRepository(db);
        recorder = new ActionRecorder(db, outbox, new AuditLog(db), TestCaches.mapper());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static AlertCondition overdue(double observed, Severity severity) {
        return new AlertCondition("overdue-reports", AlertKind.OVERDUE_REPORTS, null, severity, observed, 50.0);
    }

    @Test
    void theDefaultRulesComeWithTheSchema() {
        assertThat(store.rules())
                .extracting(AlertRule::kind)
                .contains(
                        AlertKind.OVERDUE_REPORTS,
                        AlertKind.CAMERAS_OFFLINE_SHARE,
                        AlertKind.SOURCE_STALE,
                        AlertKind.INDICATOR);
    }

    @Test
    void raisesOnceUpdatesWhileTrueAndClearsWhenNoLongerTrue() {
        List<Alert> first = store.apply(List.of(overdue(60, Severity.WARNING)), T0);
        List<Alert> again = store.apply(List.of(overdue(70, Severity.WARNING)), T0.plusSeconds(600));

        assertThat(first).singleElement().satisfies(a -> assertThat(a.state()).isEqualTo(AlertState.OPEN));
        assertThat(again).isEmpty();
        assertThat(store.active()).singleElement().satisfies(a -> {
            assertThat(a.observed()).isEqualTo(70.0);
            assertThat(a.raisedAt()).isEqualTo(T0);
        });

        store.apply(List.of(), T0.plusSeconds(1200));

        assertThat(store.active()).isEmpty();
        assertThat(store.find(first.get(0).alertId()).orElseThrow().state()).isEqualTo(AlertState.CLEARED);
    }

    @Test
    void acknowledgeGoesThroughTheOutboxAndTheAuditLogOnce() {
        Alert alert = store.apply(List.of(overdue(60, Severity.WARNING)), T0).get(0);

        boolean done = store.acknowledge(recorder, alert.alertId(), "truc01", T0.plusSeconds(30));
        boolean twice = store.acknowledge(recorder, alert.alertId(), "truc01", T0.plusSeconds(40));

        assertThat(done).isTrue();
        assertThat(twice).isFalse();
        Alert acked = store.find(alert.alertId()).orElseThrow();
        assertThat(acked.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(acked.acknowledgedBy()).isEqualTo("truc01");
        OutboxEntry entry = outbox.head().orElseThrow();
        assertThat(entry.kind()).isEqualTo(AlertStore.ACKNOWLEDGE);
        assertThat(entry.targetId()).isEqualTo(alert.alertId());
        assertThat(new AuditLog(db).recent(5)).singleElement().satisfies(e -> assertThat(e.action())
                .isEqualTo(AlertStore.ACKNOWLEDGE));
        assertThat(TestCaches.count(db, "outbox")).isEqualTo(1);
    }

    @Test
    void anAcknowledgedAlertThatGetsWorseOpensAgain() {
        Alert alert = store.apply(List.of(overdue(60, Severity.WARNING)), T0).get(0);
        store.acknowledge(recorder, alert.alertId(), "truc01", T0.plusSeconds(30));

        List<Alert> raised = store.apply(List.of(overdue(70, Severity.WARNING)), T0.plusSeconds(60));
        assertThat(raised).isEmpty();
        assertThat(store.find(alert.alertId()).orElseThrow().state()).isEqualTo(AlertState.ACKNOWLEDGED);

        raised = store.apply(List.of(overdue(250, Severity.CRITICAL)), T0.plusSeconds(120));
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(AlertState.OPEN);
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
        });
    }
}
