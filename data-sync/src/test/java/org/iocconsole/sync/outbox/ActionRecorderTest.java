package org.iocconsole.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.TestCaches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionRecorderTest {
    private static final Instant AT = Instant.parse("2026-11-22T02:15:03Z");

    @TempDir
    Path dir;

    private CacheDatabase db;
    private OutboxRepository outbox;
    private AuditLog audit;
    private ActionRecorder recorder;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "cache");
        outbox = new OutboxRepository(db);
        audit = new AuditLog(db);
        recorder = new ActionRecorder(db, outbox, audit, TestCaches.mapper());
        db.jdbi()
                .useHandle(h -> h.execute("INSERT INTO facility (facility_id, kind, name, updated_at, synced_at) "
                        + "VALUES ('F1', 'shelter', 'Nhà văn hóa', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static OperatorAction assign(String target) {
        return new OperatorAction(
                "report.assign", target, Map.of("agency", "Sở Xây dựng"), "dieuhanh01", AT, AT.minusSeconds(60));
    }

    @Test
    void writesLocalChangeOutboxRowAndAuditEntryTogether() {
        String key = recorder.record(
                assign("TN-1"),
                tx -> tx.execute("UPDATE facility SET name = 'Nhà văn hóa tổ 5' WHERE facility_id = 'F1'"));

        OutboxEntry entry = outbox.head().orElseThrow();
        assertThat(entry.idempotencyKey()).isEqualTo(key);
        assertThat(entry.kind()).isEqualTo("report.assign");
        assertThat(entry.payloadJson()).isEqualTo("{\"agency\":\"Sở Xây dựng\"}");
        assertThat(entry.baseUpdatedAt()).isEqualTo(AT.minusSeconds(60));
        assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
        assertThat(audit.recent(5)).singleElement().satisfies(line -> {
            assertThat(line.actor()).isEqualTo("dieuhanh01");
            assertThat(line.action()).isEqualTo("report.assign");
            assertThat(line.targetId()).isEqualTo("TN-1");
        });
        assertThat(TestCaches.strings(db, "SELECT name FROM facility")).containsExactly("Nhà văn hóa tổ 5");
    }

    @Test
    void aFailingLocalChangeQueuesNothing() {
        assertThatThrownBy(() -> recorder.record(assign("TN-1"), tx -> tx.execute("UPDATE no_such_table SET x = 1")))
                .isNotNull();

        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(0, 0, 0));
        assertThat(audit.recent(5)).isEmpty();
    }

    @Test
    void keepsTheOrderActionsWereTakenIn() {
        for (String target : List.of("TN-1", "TN-2", "TN-3")) {
            recorder.record(assign(target), tx -> {});
        }
        assertThat(outbox.pending()).extracting(OutboxEntry::targetId).containsExactly("TN-1", "TN-2", "TN-3");

        long first = outbox.head().orElseThrow().id();
        outbox.markRetry(first, "HTTP 503", AT.plusSeconds(30));
        assertThat(outbox.head().orElseThrow().targetId())
                .as("a retried action keeps its place at the head")
                .isEqualTo("TN-1");
        assertThat(outbox.head().orElseThrow().nextAttemptAt()).isEqualTo(AT.plusSeconds(30));

        outbox.markSent(first, AT.plusSeconds(31));
        outbox.markConflict(outbox.head().orElseThrow().id(), "báo cáo đã đổi");
        outbox.markRejected(outbox.head().orElseThrow().id(), "kind unknown");

        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(0, 1, 1));
        assertThat(outbox.head()).isEmpty();
        assertThat(outbox.needingAttention())
                .extracting(OutboxEntry::targetId, OutboxEntry::state, OutboxEntry::lastError)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TN-2", OutboxState.CONFLICT, "báo cáo đã đổi"),
                        org.assertj.core.groups.Tuple.tuple("TN-3", OutboxState.REJECTED, "kind unknown"));
    }

    @Test
    void everyActionGetsItsOwnIdempotencyKey() {
        String a = recorder.record(assign("TN-1"), tx -> {});
        String b = recorder.record(assign("TN-1"), tx -> {});
        assertThat(a).isNotEqualTo(b);
    }
}
