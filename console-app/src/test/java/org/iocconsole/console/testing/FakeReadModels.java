package org.iocconsole.console.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iocconsole.console.app.ReadModels;
import org.iocconsole.console.dashboard.BoardData;
import org.iocconsole.console.dashboard.BoardRequest;
import org.iocconsole.console.dashboard.TrendSeries;
import org.iocconsole.console.map.MapSource;
import org.iocconsole.sync.cache.OverviewCounts;
import org.iocconsole.sync.cache.ReportSummary;
import org.iocconsole.sync.kpi.Window;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Notice;

/** A few fixed rows of every read model, held in memory. Thread-safe. */
public final class FakeReadModels implements ReadModels {
    public static final OverviewCounts COUNTS = new OverviewCounts(120, 40, 3, 12, 16, 2, 25, 92, 8, 480);
    public static final ReportSummary REPORT = new ReportSummary(
            "TN-2026-000123",
            Instant.parse("2026-11-22T01:00:00Z"),
            "Hư hỏng đường, vỉa hè",
            "Phường Phan Đình Phùng",
            "in_progress",
            "urgent",
            "Sở Xây dựng",
            Instant.parse("2026-11-22T02:00:00Z"),
            true);
    public static final Camera CAMERA =
            SampleCache.camera("CAM-001", "Ngã tư Đồng Quang", "Phường Phan Đình Phùng", Camera.Status.OFFLINE);
    public static final AdminUnit COMMUNE =
            SampleCache.commune("05443", "Phan Đình Phùng", "Phường", LocalDate.of(2025, 7, 1), null);

    @Override
    public OverviewCounts overview(Instant now, LocalDate today) {
        return COUNTS;
    }

    @Override
    public List<ReportSummary> latestReports(int limit) {
        return List.of(REPORT);
    }

    @Override
    public List<Camera> cameras() {
        return List.of(CAMERA);
    }

    @Override
    public List<AdminUnit> communes(LocalDate day) {
        return List.of(COMMUNE);
    }

    /** An empty board: no province in the cache yet. */
    @Override
    public BoardData board(BoardRequest request, LocalDate today) {
        return new BoardData(
                request,
                Window.of(request.view(), request.month()),
                null,
                null,
                List.of(),
                TrendSeries.EMPTY,
                List.of(),
                List.of(),
                null,
                List.of());
    }

    @Override
    public MapSource map() {
        return FakeMapSource.sample();
    }

    /** The texts of these rows that are data, shown as they are in every language. */
    /** {@link #REPORT} as the cache holds it, in the commune {@link #COMMUNE}. */
    @Override
    public List<Notice> latestNotices(int limit) {
        return List.of();
    }

    @Override
    public List<Notice> affectedAreas() {
        return List.of();
    }

    public static CitizenReport citizenReport() {
        return new CitizenReport(
                REPORT.id(),
                CitizenReport.OpenStatus.OPEN,
                null,
                REPORT.serviceName(),
                "road_damage",
                null,
                REPORT.agency(),
                null,
                REPORT.requestedAt(),
                REPORT.requestedAt(),
                REPORT.expectedAt(),
                null,
                null,
                null,
                null,
                null,
                null,
                REPORT.priority(),
                REPORT.workflowStatus(),
                COMMUNE.code(),
                null,
                null,
                List.of());
    }

    public static Set<String> dataTexts() {
        return new HashSet<>(List.of(
                REPORT.id(),
                REPORT.serviceName(),
                REPORT.communeName(),
                REPORT.agency(),
                CAMERA.name(),
                CAMERA.group(),
                COMMUNE.nameVi(),
                COMMUNE.code()));
    }
}
