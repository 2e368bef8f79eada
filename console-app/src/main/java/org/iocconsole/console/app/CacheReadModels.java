package org.iocconsole.console.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iocconsole.console.dashboard.BoardData;
import org.iocconsole.console.dashboard.BoardLoader;
import org.iocconsole.console.dashboard.BoardRequest;
import org.iocconsole.console.map.MapSource;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CameraQueries;
import org.iocconsole.sync.cache.NoticeQueries;
import org.iocconsole.sync.cache.OverviewCounts;
import org.iocconsole.sync.cache.OverviewQueries;
import org.iocconsole.sync.cache.ReportQueries;
import org.iocconsole.sync.cache.ReportSummary;
import org.iocconsole.sync.cache.UnitQueries;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.kpi.KpiService;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Notice;
import org.iocconsole.sync.model.UnitLevel;

/** The read models over the console's cache. Thread-safe; blocking. */
final class CacheReadModels implements ReadModels {
    private final OverviewQueries overview;
    private final ReportQueries reports;
    private final CameraQueries cameras;
    private final UnitQueries units;
    private final CacheMapSource map;
    private final BoardLoader board;
    private final NoticeQueries notices;

    CacheReadModels(CacheDatabase cache) {
        this.overview = new OverviewQueries(cache);
        this.reports = new ReportQueries(cache);
        this.cameras = new CameraQueries(cache);
        this.units = new UnitQueries(cache);
        this.board = new BoardLoader(new KpiService(new KpiQueries(cache)), units, new AlertStore(cache));
        this.map = new CacheMapSource(cache);
        this.notices = new NoticeQueries(cache);
    }

    @Override
    public OverviewCounts overview(Instant now, LocalDate today) {
        return overview.counts(now, today);
    }

    @Override
    public List<ReportSummary> latestReports(int limit) {
        return reports.latest(limit);
    }

    @Override
    public List<Camera> cameras() {
        return cameras.all();
    }

    @Override
    public List<AdminUnit> communes(LocalDate day) {
        return units.validOn(day, UnitLevel.COMMUNE, false);
    }

    @Override
    public MapSource map() {
        return map;
    }

    @Override
    public BoardData board(BoardRequest request, LocalDate today) {
        return board.load(request, today);
    }

    @Override
    public List<Notice> latestNotices(int limit) {
        return notices.latestAlertsAndMessages(limit);
    }

    @Override
    public List<Notice> affectedAreas() {
        return notices.activeAreas();
    }
}
