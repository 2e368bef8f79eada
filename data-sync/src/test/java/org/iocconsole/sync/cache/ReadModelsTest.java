package org.iocconsole.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.cache.SampleRows.T0;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.iocconsole.sync.model.UnitLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadModelsTest {
    @TempDir
    Path dir;

    private CacheDatabase db;
    private CacheWriter writer;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "cache");
        writer = new CacheWriter(db, new HistoryCodec(TestCaches.mapper()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void write(Contract contract, List<?> rows) {
        writer.writePage(contract.wireName(), contract, Page.last(rows, "c", null), T0);
    }

    @Test
    void overviewCountsOverdueAgainstTheTimeAsked() {
        CitizenReport sample = SampleRows.report("TN-1", "assigned", T0);
        CitizenReport closed = new CitizenReport(
                "TN-2",
                CitizenReport.OpenStatus.CLOSED,
                null,
                null,
                null,
                null,
                null,
                null,
                T0.minusSeconds(3 * 86_400),
                T0,
                T0.minusSeconds(86_400),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "closed",
                null,
                null,
                null,
                null);
        write(Contract.OPEN311, List.of(sample, closed));
        write(
                Contract.CAMERAS,
                List.of(
                        SampleRows.camera("CAM-1", Camera.Status.ONLINE),
                        SampleRows.camera("CAM-2", Camera.Status.OFFLINE),
                        SampleRows.camera("CAM-3", Camera.Status.MAINTENANCE)));
        write(Contract.ADMIN_UNITS, List.of(SampleRows.commune("05443")));

        OverviewQueries overview = new OverviewQueries(db);
        OverviewCounts beforeDeadline = overview.counts(T0.plusSeconds(3600));
        assertThat(beforeDeadline.reportsTotal()).isEqualTo(2);
        assertThat(beforeDeadline.reportsOpen()).isEqualTo(1);
        assertThat(beforeDeadline.reportsOverdue()).isZero();
        assertThat(beforeDeadline.reportsLastDay()).isEqualTo(1);
        assertThat(beforeDeadline.cameras()).isEqualTo(3);
        assertThat(beforeDeadline.camerasOffline()).isEqualTo(2);
        assertThat(beforeDeadline.communes()).isEqualTo(1);

        OverviewCounts afterDeadline = overview.counts(sample.expectedAt().plusSeconds(1));
        assertThat(afterDeadline.reportsOverdue()).isEqualTo(1);
        assertThat(afterDeadline.reportsLastDay()).isZero();
    }

    @Test
    void latestReportsComeNewestFirstWithTheirCommuneName() {
        write(Contract.ADMIN_UNITS, List.of(SampleRows.commune("05443")));
        CitizenReport older = SampleRows.report("TN-1", "received", T0);
        CitizenReport newer = new CitizenReport(
                "TN-2",
                older.status(),
                null,
                older.serviceName(),
                older.serviceCode(),
                older.description(),
                null,
                null,
                T0.plusSeconds(60),
                T0.plusSeconds(60),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "urgent",
                "received",
                "99999",
                null,
                null,
                null);
        write(Contract.OPEN311, List.of(older, newer));

        List<ReportSummary> latest = new ReportQueries(db).latest(10);
        assertThat(latest).extracting(ReportSummary::id).containsExactly("TN-2", "TN-1");
        assertThat(latest.get(1).communeName()).isEqualTo("Phường Phan Đình Phùng");
        assertThat(latest.get(0).communeName()).as("unknown commune code").isNull();
        assertThat(new ReportQueries(db).latest(1)).hasSize(1);
    }

    @Test
    void camerasReadBackAsWritten() {
        Camera camera = SampleRows.camera("CAM-1", Camera.Status.OFFLINE);
        write(Contract.CAMERAS, List.of(camera));
        assertThat(new CameraQueries(db).all()).containsExactly(camera);
    }

    @Test
    void unitsFollowTheDayAsked() {
        AdminUnit current = SampleRows.commune("05443");
        AdminUnit old = new AdminUnit(
                "commune/05452/origin",
                "05452",
                UnitLevel.COMMUNE,
                "Tân Thịnh",
                null,
                "Phường Tân Thịnh",
                null,
                "Phường",
                "164",
                null,
                LocalDate.of(2025, 6, 30),
                null,
                Instant.EPOCH);
        write(Contract.ADMIN_UNITS, List.of(current, old));

        UnitQueries units = new UnitQueries(db);
        assertThat(units.validOn(LocalDate.of(2025, 6, 30), UnitLevel.COMMUNE, false))
                .extracting(AdminUnit::code)
                .containsExactly("05452");
        List<AdminUnit> after = units.validOn(LocalDate.of(2025, 7, 1), UnitLevel.COMMUNE, true);
        assertThat(after).containsExactly(current);
        assertThat(units.validOn(LocalDate.of(2025, 7, 1), UnitLevel.COMMUNE, false)
                        .get(0)
                        .geometryGeoJson())
                .isNull();
    }
}
