package org.iocconsole.console.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iocconsole.console.dashboard.BoardData;
import org.iocconsole.console.dashboard.BoardRequest;
import org.iocconsole.console.map.MapSource;
import org.iocconsole.sync.cache.OverviewCounts;
import org.iocconsole.sync.cache.ReportSummary;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Notice;

/**
 * What the screens read from the cache. The wiring hands these methods to the view models as loaders, which call them
 * on the background executor when a change event or the clock asks for a fresh read.
 *
 * <p>Implementations are thread-safe; every method blocks on the cache and is only called off the FX thread.
 */
public interface ReadModels {

    /**
     * The overview's counts as they stand at {@code now}.
     *
     * @param today the day in the console's zone, which decides the communes in force
     */
    OverviewCounts overview(Instant now, LocalDate today);

    /** The latest citizen reports by time received, newest first, at most {@code limit}. */
    List<ReportSummary> latestReports(int limit);

    /** The camera registry, by group then name. */
    List<Camera> cameras();

    /** The communes and wards in force on a day, without their boundaries. */

    /** The KPI board's figures for a request, with the units in force on {@code today}. */
    BoardData board(BoardRequest request, LocalDate today);

    List<AdminUnit> communes(LocalDate day);

    /** What the map screen reads. */
    MapSource map();

    /** The latest alerts and messages to the operators (a drill's among them), newest first, at most {@code limit}. */
    List<Notice> latestNotices(int limit);

    /** The areas affected now (a flood, a closure), oldest first. */
    List<Notice> affectedAreas();
}
