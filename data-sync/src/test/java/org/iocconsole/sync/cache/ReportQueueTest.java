package org.iocconsole.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportQueueTest {
    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    private static final Duration RISK = Duration.ofHours(24);

    @TempDir
    Path dir;

    private CacheDatabase db;
    private ReportQueue queue;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "cache");
        queue = new ReportQueue(db, RISK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** 57 reports: some share a time, some have no deadline, some none of the extensions. */
    private List<CitizenReport> many() {
        List<CitizenReport> reports = new ArrayList<>();
        String[] statuses = {"received", "assigned", "in_progress", "resolved", null};
        String[] priorities = {"urgent", "normal", "low", null, "high"};
        for (int i = 0; i < 57; i++) {
            Instant requested = NOW.minus(Duration.ofHours(i / 3)); // three reports per hour
            Instant expected = i % 7 == 0 ? null : NOW.plus(Duration.ofHours(i - 20));
            reports.add(QueueReports.report(
                    String.format("TN-%03d", i),
                    requested,
                    expected,
                    statuses[i % statuses.length],
                    priorities[i % priorities.length],
                    i % 2 == 0 ? "road_damage" : "flooding",
                    i % 3 == 0 ? "05443" : "05444",
                    i % 4 == 0 ? "Sở Xây dựng" : "UBND phường",
                    "Mô tả số " + i));
        }
        return reports;
    }

    private List<String> walk(QueueFilter filter, QueueSort sort, int pageSize) {
        List<String> ids = new ArrayList<>();
        QueuePage.Position after = null;
        for (int pages = 0; pages < 100; pages++) {
            QueuePage page = queue.page(filter, sort, after, pageSize, NOW);
            page.rows().forEach(row -> ids.add(row.id()));
            if (page.next() == null) {
                return ids;
            }
            after = page.next();
        }
        throw new AssertionError("the pages never ended");
    }

    @Test
    void everySortPagesThroughEveryReportOnceInOrder() {
        List<CitizenReport> reports = many();
        QueueReports.write(db, reports);

        for (QueueSort sort : QueueSort.values()) {
            for (int size : new int[] {1, 4, 10, 100}) {
                List<String> ids = walk(QueueFilter.all(), sort, size);
                assertThat(ids).as(sort + " by " + size).hasSize(57).doesNotHaveDuplicates();
                assertThat(ids).as(sort + " by " + size).isEqualTo(walk(QueueFilter.all(), sort, 1000));
            }
        }
        List<String> due = walk(QueueFilter.all(), QueueSort.DUE_FIRST, 5);
        assertThat(due.get(0)).as("nearest deadline first").isEqualTo("TN-001");
        assertThat(due.subList(48, 57))
                .as("no deadline last, by id")
                .containsExactly(
                        "TN-000", "TN-007", "TN-014", "TN-021", "TN-028", "TN-035", "TN-042", "TN-049", "TN-056");
        List<String> newest = walk(QueueFilter.all(), QueueSort.NEWEST, 5);
        assertThat(newest.subList(0, 3)).containsExactly("TN-002", "TN-001", "TN-000");
        List<String> priority = walk(QueueFilter.all(), QueueSort.PRIORITY, 5);
        assertThat(priority.get(0)).as("urgent, latest id").isEqualTo("TN-055");
    }

    @Test
    void filtersCombineAndPage() {
        QueueReports.write(db, many());

        QueueFilter filter = QueueFilter.all()
                .withStatuses(Set.of("received", "assigned"))
                .withServiceCode("road_damage")
                .withCommuneCode("05443");
        List<String> ids = walk(filter, QueueSort.NEWEST, 2);

        List<String> expected = new ArrayList<>();
        for (CitizenReport r : many()) {
            if (r.workflowStatus() != null
                    && Set.of("received", "assigned").contains(r.workflowStatus())
                    && "road_damage".equals(r.serviceCode())
                    && "05443".equals(r.communeCode())) {
                expected.add(r.serviceRequestId());
            }
        }
        assertThat(ids).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(walk(QueueFilter.all().withAgency("Sở Xây dựng"), QueueSort.OLDEST, 3))
                .hasSize(15);
    }

    @Test
    void overdueAndAtRiskFollowTheClock() {
        Instant due = NOW.plus(Duration.ofHours(2));
        QueueReports.write(
                db,
                List.of(
                        QueueReports.report("A", NOW, due, "assigned", null, null, null, null, null),
                        QueueReports.report("B", NOW, due, "resolved", null, null, null, null, null),
                        QueueReports.report(
                                "C", NOW, NOW.plus(Duration.ofDays(3)), "assigned", null, null, null, null, null)));
        QueueFilter overdue = QueueFilter.all().withDeadline(QueueFilter.Deadline.OVERDUE);
        QueueFilter risk = QueueFilter.all().withDeadline(QueueFilter.Deadline.AT_RISK);

        assertThat(ids(queue.page(risk, QueueSort.DUE_FIRST, null, 10, NOW))).containsExactly("A");
        assertThat(ids(queue.page(overdue, QueueSort.DUE_FIRST, null, 10, NOW))).isEmpty();
        assertThat(queue.deadlineCounts(NOW)).isEqualTo(new ReportQueue.DeadlineCounts(0, 1));

        Instant later = due.plusSeconds(1);
        assertThat(ids(queue.page(overdue, QueueSort.DUE_FIRST, null, 10, later)))
                .as("a resolved report is never overdue")
                .containsExactly("A");
        assertThat(queue.deadlineCounts(later)).isEqualTo(new ReportQueue.DeadlineCounts(1, 0));
    }

    @Test
    void findsWordsWithOrWithoutDiacriticsAndFollowsUpdates() {
        QueueReports.write(
                db,
                List.of(
                        QueueReports.report(
                                "TN-2026-031245",
                                NOW,
                                null,
                                "received",
                                null,
                                "road_damage",
                                null,
                                null,
                                "Mặt đường Lương Ngọc Quyến sụt lún, nhiều ổ gà sâu."),
                        QueueReports.report(
                                "TN-2026-031246",
                                NOW,
                                null,
                                "received",
                                null,
                                "flooding",
                                null,
                                null,
                                "Ngập sâu ở ngã tư Đồng Quang")));

        assertThat(search("ổ gà")).containsExactly("TN-2026-031245");
        assertThat(search("O GA")).containsExactly("TN-2026-031245");
        assertThat(search("luong ngoc")).containsExactly("TN-2026-031245");
        assertThat(search("ngập")).containsExactly("TN-2026-031246");
        assertThat(search("sâu")).containsExactlyInAnyOrder("TN-2026-031245", "TN-2026-031246");
        assertThat(search("031246")).containsExactly("TN-2026-031246");
        assertThat(search("đồng quang phường")).as("address words too").containsExactly("TN-2026-031246");
        assertThat(search("ổ gà ngập")).isEmpty();
        queue = new ReportQueue(db, RISK, 1);
        assertThat(search("ổ gà")).as("common words, checked per row").containsExactly("TN-2026-031245");
        assertThat(search("sâu")).containsExactlyInAnyOrder("TN-2026-031245", "TN-2026-031246");
        assertThat(search("ổ gà ngập")).isEmpty();
        queue = new ReportQueue(db, RISK);

        QueueReports.write(
                db,
                List.of(QueueReports.report(
                        "TN-2026-031245", NOW, null, "received", null, "road_damage", null, null, "Đèn đường hỏng")));
        assertThat(search("ổ gà")).as("the words of the old text are gone").isEmpty();
        assertThat(search("den duong")).containsExactly("TN-2026-031245");

        new CacheWriter(db, new HistoryCodec(TestCaches.mapper()))
                .writePage(
                        "reports",
                        Contract.OPEN311,
                        new Page<>(List.of(), List.of("TN-2026-031245"), "d", false, null),
                        NOW);
        assertThat(search("den")).isEmpty();
        assertThat(TestCaches.strings(db, "SELECT DISTINCT service_request_id FROM report_word"))
                .containsExactly("TN-2026-031246");
    }

    @Test
    void aReportOfAnUnknownCategoryIsKeptOfferedAndFound() {
        QueueReports.write(
                db,
                List.of(
                        QueueReports.report("TN-1", NOW, null, "received", null, "road_damage", null, null, "Ổ gà"),
                        QueueReports.report("TN-2", NOW, null, "received", null, "khong_ro_123", null, null, "Lạ")));

        assertThat(queue.choices().categories()).containsKeys("road_damage", "khong_ro_123");
        assertThat(ids(queue.page(QueueFilter.all().withServiceCode("khong_ro_123"), QueueSort.NEWEST, null, 10, NOW)))
                .containsExactly("TN-2");
        assertThat(queue.statusCounts()).containsEntry("received", 2L);
    }

    @Test
    void countsPerStatusAndRowsById() {
        QueueReports.write(db, many());

        assertThat(queue.statusCounts())
                .containsEntry("received", 12L)
                .containsEntry("assigned", 12L)
                .containsEntry("", 11L);
        assertThat(queue.rows(new HashSet<>(List.of("TN-001", "TN-999"))))
                .extracting(QueueRow::id)
                .containsExactly("TN-001");
    }

    @Test
    void rowsCarryTheCurrentCommuneName() {
        new CacheWriter(db, new HistoryCodec(TestCaches.mapper()))
                .writePage(
                        "units",
                        Contract.ADMIN_UNITS,
                        new Page<>(List.of(SampleRows.commune("05443")), List.of(), "u", false, null),
                        NOW);
        QueueReports.write(db, many());

        QueuePage page = queue.page(QueueFilter.all().withCommuneCode("05443"), QueueSort.NEWEST, null, 3, NOW);
        assertThat(page.rows()).extracting(QueueRow::communeName).containsOnly("Phường Phan Đình Phùng");
        assertThat(queue.page(QueueFilter.all().withCommuneCode("05444"), QueueSort.NEWEST, null, 3, NOW)
                        .rows())
                .extracting(QueueRow::communeName)
                .containsOnlyNulls();
    }

    @Test
    void aFilteredColumnLeadsTheOrderWhereAnIndexStartsWithIt() {
        QueueFilter status = QueueFilter.all().withStatuses(Set.of("assigned"));
        assertThat(ReportQueue.orderingPrefix(status, QueueSort.NEWEST)).isEqualTo("r.workflow_status");
        assertThat(ReportQueue.orderingPrefix(status, QueueSort.DUE_FIRST)).isEqualTo("r.workflow_status");
        assertThat(ReportQueue.orderingPrefix(status.withCommuneCode("05443"), QueueSort.NEWEST))
                .isEqualTo("r.commune_code");
        assertThat(ReportQueue.orderingPrefix(
                        QueueFilter.all().withDeadline(QueueFilter.Deadline.OVERDUE), QueueSort.DUE_FIRST))
                .isEqualTo("r.status");
        assertThat(ReportQueue.orderingPrefix(status, QueueSort.PRIORITY)).isNull();
        assertThat(ReportQueue.orderingPrefix(
                        QueueFilter.all().withStatuses(Set.of("assigned", "received")), QueueSort.NEWEST))
                .isNull();
        QueueReports.write(db, many());
        for (QueueSort sort : QueueSort.values()) {
            List<String> all = walk(QueueFilter.all(), sort, 1000);
            List<String> filtered = walk(status, sort, 3);
            assertThat(filtered)
                    .as(sort.name())
                    .isEqualTo(all.stream()
                            .filter(id -> Integer.parseInt(id.substring(3)) % 5 == 1)
                            .toList());
        }
    }

    @Test
    void aPageNamingAReportTwiceKeepsItsLastRow() {
        QueueReports.write(
                db,
                List.of(
                        QueueReports.report("TN-1", NOW, null, "received", null, null, null, null, "Cũ"),
                        QueueReports.report("TN-2", NOW, null, "received", null, null, null, null, "Khác"),
                        QueueReports.report("TN-1", NOW, null, "assigned", null, null, null, null, "Mới")));

        assertThat(TestCaches.count(db, "citizen_report")).isEqualTo(2);
        assertThat(TestCaches.strings(
                        db, "SELECT workflow_status FROM citizen_report WHERE service_request_id = 'TN-1'"))
                .containsExactly("assigned");
        assertThat(search("moi")).containsExactly("TN-1");
        assertThat(search("cu")).isEmpty();
    }

    private List<String> search(String text) {
        return walk(QueueFilter.all().withText(text), QueueSort.NEWEST, 10);
    }

    private static List<String> ids(QueuePage page) {
        return page.rows().stream().map(QueueRow::id).toList();
    }
}
