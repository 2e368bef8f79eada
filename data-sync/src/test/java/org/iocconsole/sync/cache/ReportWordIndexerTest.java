package org.iocconsole.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word index follows the sync on its own: pending marks, stamps, deletions and a restart midway. */
class ReportWordIndexerTest {
    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    @TempDir
    Path dir;

    private CacheDatabase db;
    private CacheWriter writer;
    private final List<String> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "cache");
        writer = new CacheWriter(db, new HistoryCodec(TestCaches.mapper()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSyncedReportIsFoundByItsWordsOnceIndexed() {
        write(report("TN-1", "Ổ gà sâu trên đường Quang Trung"));
        ReportWordIndexer indexer = new ReportWordIndexer(db, told::addAll);

        assertThat(indexer.pending()).isEqualTo(1);
        assertThat(search("quang trung")).as("not indexed yet").isEmpty();

        assertThat(indexer.catchUp()).isEqualTo(1);
        assertThat(indexer.pending()).isZero();
        assertThat(search("quang trung")).containsExactly("TN-1");
        assertThat(told).containsExactly("TN-1");
    }

    @Test
    void wordsLeftWithoutTheirLineDoNotStopTheIndex() {
        ReportWordIndexer indexer = new ReportWordIndexer(db, told::addAll);
        write(report("TN-1", "Ổ gà sâu"));
        indexer.catchUp();
        // What a seek back emptying the tables under a running batch can leave: the words, but not their line.
        db.jdbi().useHandle(h -> h.execute("DELETE FROM report_word_line"));

        write(report("TN-1", "Ổ gà sâu trên đường Quang Trung"));
        write(report("TN-2", "Đèn đường hỏng"));

        assertThat(indexer.catchUp()).isEqualTo(2);
        assertThat(indexer.pending()).isZero();
        assertThat(search("quang trung")).containsExactly("TN-1");
        assertThat(search("den duong")).containsExactly("TN-2");
    }

    @Test
    void aRewrittenReportLosesItsOldWords() {
        ReportWordIndexer indexer = new ReportWordIndexer(db, told::addAll);
        write(report("TN-1", "Ổ gà sâu"));
        indexer.catchUp();

        write(report("TN-1", "Đèn đường hỏng"));
        assertThat(indexer.pending()).isEqualTo(1);
        indexer.catchUp();

        assertThat(search("o ga")).isEmpty();
        assertThat(search("den duong")).containsExactly("TN-1");
    }

    @Test
    void aReportWrittenAgainWhileBeingIndexedStaysPending() {
        write(report("TN-1", "Ổ gà sâu"));
        long stamp = stamp("TN-1");
        write(report("TN-1", "Cây đổ chắn đường"));

        assertThat(stamp("TN-1")).as("every write gives a new stamp").isNotEqualTo(stamp);
        // The indexer clears a mark only with the stamp it read: an older stamp leaves the report pending.
        int cleared = db.jdbi().withHandle(h -> h.createUpdate(
                        "DELETE FROM report_word_pending WHERE service_request_id = 'TN-1' AND stamp = :s")
                .bind("s", stamp)
                .execute());
        assertThat(cleared).isZero();
        new ReportWordIndexer(db, told::addAll).catchUp();
        assertThat(search("cay do")).containsExactly("TN-1");
    }

    @Test
    void aDeletedReportLeavesNoWordsNorMark() {
        ReportWordIndexer indexer = new ReportWordIndexer(db, told::addAll);
        write(report("TN-1", "Ổ gà sâu"));
        write(report("TN-2", "Ổ gà nhỏ"));
        indexer.catchUp();
        write(report("TN-3", "Ổ gà mới"));

        writer.writePage(
                "reports", Contract.OPEN311, new Page<>(List.of(), List.of("TN-1", "TN-3"), "d", false, null), NOW);

        assertThat(indexer.pending()).isZero();
        assertThat(TestCaches.strings(db, "SELECT DISTINCT service_request_id FROM report_word"))
                .containsExactly("TN-2");
    }

    @Test
    void reportsLeftPendingByAStoppedProcessAreIndexedAfterARestart() {
        List<CitizenReport> reports = new ArrayList<>();
        for (int i = 0; i < ReportWordIndexer.BATCH * 2 + 7; i++) {
            reports.add(report("TN-" + i, "Rác thải tồn đọng số " + i));
        }
        writer.writePage("reports", Contract.OPEN311, new Page<>(reports, List.of(), "c", false, null), NOW);
        db.close();

        db = CacheDatabase.open(dir, "cache");
        ReportWordIndexer indexer = new ReportWordIndexer(db, told::addAll);
        assertThat(indexer.pending()).isEqualTo(reports.size());
        assertThat(indexer.catchUp()).isEqualTo(reports.size());
        assertThat(told).hasSize(reports.size());
        assertThat(search("so " + (ReportWordIndexer.BATCH * 2 + 6)))
                .containsExactly("TN-" + (ReportWordIndexer.BATCH * 2 + 6));
    }

    @Test
    void wakingIndexesOnItsOwnThread() throws Exception {
        write(report("TN-1", "Ngập úng sau mưa lớn"));
        try (ReportWordIndexer indexer = new ReportWordIndexer(db, told::addAll)) {
            indexer.wake();
            assertIndexesAllBySelf(indexer);
        }
        assertThat(search("ngap ung")).containsExactly("TN-1");
    }

    @Test
    void rowsHeldByTheSyncAreIndexedOnceReleasedWithoutAnotherWake() throws Exception {
        write(report("TN-1", "Đèn đường hỏng trên phố Hoàng Văn Thụ"));
        try (ReportWordIndexer indexer = new ReportWordIndexer(db, told::addAll);
                Handle sync = db.jdbi().open()) {
            // Another transaction (a sync writing the report again) holds its pending mark past the lock timeout.
            sync.begin();
            sync.execute("UPDATE report_word_pending SET stamp = stamp WHERE service_request_id = 'TN-1'");
            indexer.wake();
            Thread.sleep(ReportWordIndexer.QUIET.toMillis() + 2_500);
            assertThat(indexer.pending()).as("held").isEqualTo(1);

            sync.rollback();

            assertIndexesAllBySelf(indexer);
        }
        assertThat(search("hoang van thu")).containsExactly("TN-1");
    }

    /** Waits for the indexer's own thread to leave nothing pending. */
    private static void assertIndexesAllBySelf(ReportWordIndexer indexer) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (indexer.pending() > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(indexer.pending()).isZero();
    }

    private void write(CitizenReport report) {
        writer.writePage("reports", Contract.OPEN311, new Page<>(List.of(report), List.of(), "c", false, null), NOW);
    }

    private long stamp(String id) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT stamp FROM report_word_pending WHERE service_request_id = :id")
                        .bind("id", id)
                        .mapTo(Long.class)
                        .one());
    }

    private List<String> search(String text) {
        return new ReportQueue(db, Duration.ofHours(24))
                .page(QueueFilter.all().withText(text), QueueSort.NEWEST, null, 10, NOW).rows().stream()
                        .map(QueueRow::id)
                        .toList();
    }

    private static CitizenReport report(String id, String description) {
        return QueueReports.report(id, NOW, null, "received", null, "waste", null, null, description);
    }
}
