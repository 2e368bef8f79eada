package org.iocconsole.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iocconsole.sync.cache.SampleRows.T0;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.iocconsole.sync.model.SyncState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheWriterTest {
    private static final Instant SYNCED = Instant.parse("2026-11-22T02:00:00Z");

    @TempDir
    Path dir;

    private CacheDatabase db;
    private CacheWriter writer;
    private SyncStateRepository states;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "cache");
        writer = new CacheWriter(db, new HistoryCodec(TestCaches.mapper()));
        states = new SyncStateRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void writesEveryContractIntoItsTable() {
        Map<Contract, List<?>> rows = Map.of(
                Contract.OPEN311, List.of(SampleRows.report("TN-1", "received", T0)),
                Contract.ADMIN_UNITS, List.of(SampleRows.commune("05443")),
                Contract.UNIT_CHANGES, List.of(SampleRows.change()),
                Contract.INDICATORS, List.of(SampleRows.indicator()),
                Contract.OBSERVATIONS, List.of(SampleRows.observation("2026-10", 97.4)),
                Contract.DOSSIER_STATS, List.of(SampleRows.dossierStat()),
                Contract.DOCUMENT_STATS, List.of(SampleRows.documentStat()),
                Contract.CAMERAS, List.of(SampleRows.camera("CAM-1", Camera.Status.ONLINE)),
                Contract.FACILITIES, List.of(SampleRows.hospital()));
        rows.forEach((contract, items) ->
                writer.writePage(contract.wireName(), contract, Page.last(items, "c1", null), SYNCED));

        for (String table : List.of(
                "citizen_report",
                "admin_unit",
                "unit_change",
                "indicator",
                "observation",
                "dossier_stat",
                "document_stat",
                "camera",
                "facility")) {
            assertThat(TestCaches.count(db, table)).as(table).isEqualTo(1);
        }
        assertThat(states.all()).hasSize(rows.size()).allSatisfy(state -> {
            assertThat(state.cursor()).isEqualTo("c1");
            assertThat(state.lastSuccessAt()).isEqualTo(SYNCED);
            assertThat(state.rowsTotal()).isEqualTo(1);
        });
    }

    @Test
    void keepsVietnameseTextAndHistoryExactly() {
        CitizenReport report = SampleRows.report("TN-2", "assigned", T0);
        writer.writePage("reports", Contract.OPEN311, Page.last(List.of(report), "c", null), SYNCED);

        List<String> row = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT description, address, history FROM citizen_report WHERE service_request_id = 'TN-2'")
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .one());
        assertThat(row.get(0)).isEqualTo(report.description());
        assertThat(row.get(1)).isEqualTo("Đường Lương Ngọc Quyến, Phường Phan Đình Phùng");
        assertThat(new HistoryCodec(TestCaches.mapper()).read(row.get(2))).isEqualTo(report.history());
    }

    @Test
    void upsertReplacesTheRowWithTheSameKey() {
        writer.writePage(
                "reports",
                Contract.OPEN311,
                Page.last(List.of(SampleRows.report("TN-3", "received", T0)), "a", null),
                SYNCED);
        writer.writePage(
                "reports",
                Contract.OPEN311,
                Page.last(List.of(SampleRows.report("TN-3", "resolved", T0.plusSeconds(60))), "b", null),
                SYNCED);

        assertThat(TestCaches.count(db, "citizen_report")).isEqualTo(1);
        assertThat(TestCaches.strings(db, "SELECT workflow_status FROM citizen_report"))
                .containsExactly("resolved");
    }

    @Test
    void marksSuccessOnlyWhenTheLastPageIsCommitted() {
        Page<CitizenReport> first =
                new Page<>(List.of(SampleRows.report("TN-4", "received", T0)), List.of(), "after-4", true, null);
        writer.writePage("reports", Contract.OPEN311, first, SYNCED);

        SyncState midway = states.find("reports").orElseThrow();
        assertThat(midway.cursor()).isEqualTo("after-4");
        assertThat(midway.lastSuccessAt()).isNull();

        writer.writePage(
                "reports",
                Contract.OPEN311,
                Page.last(List.of(SampleRows.report("TN-5", "received", T0)), "after-5", "\"e5\""),
                SYNCED.plusSeconds(1));
        SyncState done = states.find("reports").orElseThrow();
        assertThat(done.cursor()).isEqualTo("after-5");
        assertThat(done.etag()).isEqualTo("\"e5\"");
        assertThat(done.lastSuccessAt()).isEqualTo(SYNCED.plusSeconds(1));
        assertThat(done.rowsTotal()).isEqualTo(2);
    }

    @Test
    void aRefusedRowLeavesNeitherRowsNorCursor() {
        writer.writePage(
                "reports",
                Contract.OPEN311,
                Page.last(List.of(SampleRows.report("TN-6", "received", T0)), "c6", null),
                SYNCED);
        CitizenReport tooLong = SampleRows.report("TN-7", "x".repeat(100), T0);
        Page<CitizenReport> bad = Page.last(List.of(SampleRows.report("TN-8", "received", T0), tooLong), "c8", null);

        assertThatThrownBy(() -> writer.writePage("reports", Contract.OPEN311, bad, SYNCED))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("reports")
                .hasMessageContaining("WORKFLOW_STATUS");
        assertThat(TestCaches.count(db, "citizen_report")).isEqualTo(1);
        assertThat(states.find("reports").orElseThrow().cursor()).isEqualTo("c6");
    }

    @Test
    void tombstonesDeleteByKey() {
        writer.writePage(
                "cameras",
                Contract.CAMERAS,
                Page.last(
                        List.of(
                                SampleRows.camera("CAM-1", Camera.Status.ONLINE),
                                SampleRows.camera("CAM-2", Camera.Status.OFFLINE)),
                        "c1",
                        null),
                SYNCED);
        List<String> keys = writer.writePage(
                "cameras", Contract.CAMERAS, new Page<>(List.of(), List.of("CAM-1"), "c2", false, null), SYNCED);

        assertThat(keys).containsExactly("CAM-1");
        assertThat(TestCaches.strings(db, "SELECT camera_id FROM camera")).containsExactly("CAM-2");
    }

    @Test
    void compositeTombstonesDeleteByEveryKeyColumn() {
        writer.writePage(
                "observations",
                Contract.OBSERVATIONS,
                Page.last(
                        List.of(SampleRows.observation("2026-09", 96.0), SampleRows.observation("2026-10", 97.4)),
                        "c1",
                        null),
                SYNCED);
        writer.writePage(
                "observations",
                Contract.OBSERVATIONS,
                new Page<>(List.of(), List.of("PS_ONTIME_RATE|19|2026-09"), "c2", false, null),
                SYNCED);

        assertThat(TestCaches.strings(db, "SELECT period FROM observation")).containsExactly("2026-10");
        Page<Object> malformed = new Page<>(List.of(), List.of("PS_ONTIME_RATE|19"), "c3", false, null);
        assertThatThrownBy(() -> writer.writePage("observations", Contract.OBSERVATIONS, malformed, SYNCED))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("2 parts");
        assertThat(states.find("observations").orElseThrow().cursor()).isEqualTo("c2");
    }

    @Test
    void failuresCountUpAndASuccessClearsThem() {
        writer.recordStart("cameras", Contract.CAMERAS, SYNCED);
        writer.recordFailure("cameras", Contract.CAMERAS, "HTTP 503 from cameras", SYNCED);
        writer.recordFailure("cameras", Contract.CAMERAS, "HTTP 503 from cameras", SYNCED.plusSeconds(5));
        SyncState failing = states.find("cameras").orElseThrow();
        assertThat(failing.consecutiveFailures()).isEqualTo(2);
        assertThat(failing.lastError()).isEqualTo("HTTP 503 from cameras");
        assertThat(failing.lastAttemptAt()).isEqualTo(SYNCED);

        writer.recordUnchanged("cameras", Contract.CAMERAS, SYNCED.plusSeconds(60));
        SyncState ok = states.find("cameras").orElseThrow();
        assertThat(ok.consecutiveFailures()).isZero();
        assertThat(ok.lastError()).isNull();
        assertThat(ok.lastSuccessAt()).isEqualTo(SYNCED.plusSeconds(60));
    }

    @Test
    void aPageOfTheWrongTypeIsRefused() {
        Page<Camera> cameras = Page.last(List.of(SampleRows.camera("CAM-1", Camera.Status.ONLINE)), "c", null);
        assertThatThrownBy(() -> writer.writePage("reports", Contract.OPEN311, cameras, SYNCED))
                .isInstanceOf(ClassCastException.class)
                .hasMessageContaining("open311");
        assertThat(TestCaches.count(db, "camera")).isZero();
    }

    @Test
    void dataSurvivesClosingAndReopeningTheFile() {
        writer.writePage(
                "reports",
                Contract.OPEN311,
                Page.last(List.of(SampleRows.report("TN-9", "received", T0)), "c9", null),
                SYNCED);
        db.close();
        db = CacheDatabase.open(dir, "cache");

        assertThat(TestCaches.count(db, "citizen_report")).isEqualTo(1);
        assertThat(new SyncStateRepository(db).find("reports").orElseThrow().cursor())
                .isEqualTo("c9");
    }
}
