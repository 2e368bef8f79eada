package org.iocconsole.console.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.iocconsole.console.cameras.CamerasView;
import org.iocconsole.console.cameras.CamerasViewModel;
import org.iocconsole.console.cameras.wall.CameraWallViewModel;
import org.iocconsole.console.cameras.wall.LayoutStore;
import org.iocconsole.console.cameras.wall.TileServices;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Requery;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.console.dashboard.KpiBoardView;
import org.iocconsole.console.dashboard.KpiBoardViewModel;
import org.iocconsole.console.dashboard.OverviewView;
import org.iocconsole.console.dashboard.OverviewViewModel;
import org.iocconsole.console.map.MapScreenView;
import org.iocconsole.console.map.MapScreenViewModel;
import org.iocconsole.console.map.TileSettings;
import org.iocconsole.console.map.TileSetup;
import org.iocconsole.console.reports.QueueServices;
import org.iocconsole.console.reports.ReportQueueView;
import org.iocconsole.console.reports.ReportQueueViewModel;
import org.iocconsole.console.syncstatus.SyncStatusView;
import org.iocconsole.console.syncstatus.SyncStatusViewModel;
import org.iocconsole.console.workspace.AlertFeed;
import org.iocconsole.console.workspace.AlertsView;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.ScreenFactory;
import org.iocconsole.console.workspace.ShellView;
import org.iocconsole.console.workspace.ShellViewModel;
import org.iocconsole.console.workspace.StatusBarViewModel;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.engine.SyncPhase;

/**
 * The console's object graph, written by hand. The shell is built at once, without touching the data side; when the
 * data side is open, {@link #attach} builds the view models over it and the screens' views as they are first shown.
 * Executors and the clock come from the application, so tests can run everything inline on a fixed clock. FX thread
 * only.
 */
final class ConsoleWiring {
    /** Figures older than this are marked stale. */
    static final Duration STALE_AFTER = Duration.ofHours(2);

    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final Executor pulse;
    private final I18n i18n;
    private final ShellViewModel shell;
    private final StatusBarViewModel status;
    private final ShellView shellView;
    private final List<Runnable> ticks = new ArrayList<>();
    private final List<Runnable> secondTicks = new ArrayList<>();
    private final Path tileCache;
    private SyncStatusViewModel sync;
    private ConsoleServices services;
    private KpiBoardViewModel board;
    private Requery<List<Alert>> alertRun;
    private ReadModels readModels;
    private SyncEventRelay events;
    private QueueServices reportQueue;
    private final ConsoleOptions options;
    private final CameraWallServices cameraWall;
    private final AlertFeed alerts = new AlertFeed();
    private final Map<Screen, Node> views = new EnumMap<>(Screen.class);

    /**
     * @param clock the console's clock; its zone is the zone times are shown in
     * @param background runs cache reads for the view models
     * @param fx runs work on the FX thread
     * @param pulse runs work on the FX thread at the next pulse
     */
    ConsoleWiring(ConsoleOptions options, Clock clock, Executor background, Executor fx, Executor pulse) {
        this.clock = clock;
        this.options = options;
        this.cameraWall = new CameraWallServices(clock, fx);
        this.background = background;
        this.fx = fx;
        this.pulse = pulse;
        this.tileCache = options.cacheDir().resolve("tiles");
        this.i18n = new I18n(options.language());
        this.shell = new ShellViewModel(i18n, options.theme(), options.demo());
        this.status = new StatusBarViewModel(options.demo());
        this.shellView = new ShellView(shell, status, i18n, new TimeTexts(i18n, clock.getZone()), options.logDir());
        shellView.arrange(options.layout());
    }

    I18n i18n() {
        return i18n;
    }

    /** The latest alerts, for the wall's ticker and pre-emption. */
    AlertFeed alerts() {
        return alerts;
    }

    /** Each screen's view, built once when first asked for, by the shell or by a wall screen. */
    ScreenFactory views() {
        return screen -> views.computeIfAbsent(screen, this::createScreen);
    }

    Parent root() {
        return shellView.root();
    }

    ShellView shellView() {
        return shellView;
    }

    ShellViewModel shell() {
        return shell;
    }

    /** The data side is open: builds the view models over it and shows the screens. */
    void attach(ConsoleServices services, SyncEventRelay events) {
        this.readModels = services.readModels();
        this.reportQueue = services.reportQueue();
        cameraWall.recordObservationsIn(services.cameraObservations());
        this.events = events;
        this.services = services;
        alertRun = new Requery<>(
                "alert rules",
                () -> services.evaluateAlerts(clock.instant(), LocalDate.now(clock)),
                background,
                fx,
                raised -> {
                    if (board != null) {
                        board.refresh();
                    }
                    alerts.raised(raised);
                });
        events.subscribeProgress(progress -> {
            if (progress.phase() == SyncPhase.SUCCEEDED) {
                alertRun.request();
            }
        });
        alertRun.request();
        sync = new SyncStatusViewModel(
                services.syncControl(),
                services::loadSyncStates,
                services::loadOutboxCounts,
                clock,
                STALE_AFTER,
                services.demo(),
                background,
                fx,
                pulse);
        sync.start();
        events.subscribeProgress(sync);
        events.subscribeChanges(sync);
        status.follow(sync);
        shellView.showScreens(views());
        shell.opened(services.demo());
    }

    /** Stops the camera players and their threads. Called once when the console stops. */
    void close() {
        cameraWall.close();
    }

    /** Opening the data side has come this far (0 to 1, or -1 when unknown). */
    void openingProgressed(double fraction) {
        shell.openingProgressed(fraction);
    }

    /** Opening the data side failed. */
    void openingFailed(Throwable error) {
        String message = error.getMessage();
        status.openingFailed();
        shell.openingFailed(
                message == null || message.isBlank() ? error.getClass().getSimpleName() : message);
    }

    /** Moves what depends on the clock: relative times, staleness. Called periodically. */
    void tick() {
        if (sync != null) {
            sync.tick();
        }
        ticks.forEach(Runnable::run);
    }

    /** Moves what changes every second: the report queue's countdowns. Called once a second. */
    void tickSecond() {
        secondTicks.forEach(Runnable::run);
    }

    private Node createScreen(Screen screen) {
        ZoneId zone = clock.getZone();
        switch (screen) {
            case OVERVIEW: {
                OverviewViewModel vm = new OverviewViewModel(
                        readModels::overview, sync.freshnessFor(OverviewViewModel.CONTRACTS), clock, background, fx);
                events.subscribeChanges(vm);
                vm.start();
                ticks.add(vm::tick);
                String actor = System.getProperty("user.name", "console");
                board = new KpiBoardViewModel(
                        readModels::board,
                        alert -> services.acknowledgeAlert(alert.alertId(), actor, clock.instant()),
                        clock,
                        background,
                        fx);
                events.subscribeChanges(board);
                board.start();
                KpiBoardView boardView = new KpiBoardView(board, i18n, clock);
                return new OverviewView(vm, i18n, zone, boardView.root()).root();
            }
            case MAP: {
                MapScreenViewModel vm = new MapScreenViewModel(
                        readModels.map(),
                        sync.freshnessFor(MapScreenViewModel.CONTRACTS),
                        clock,
                        background,
                        fx,
                        camera -> shell.navigate(Screen.CAMERAS));
                events.subscribeChanges(vm);
                vm.start();
                ticks.add(vm::tick);
                return new MapScreenView(
                                vm,
                                i18n,
                                zone,
                                new TileSetup(tileCache, clock),
                                TileSettings.preferences(),
                                background,
                                fx)
                        .root();
            }
            case CAMERAS: {
                CamerasViewModel vm = new CamerasViewModel(
                        readModels::cameras, sync.freshnessFor(CamerasViewModel.CONTRACTS), background, fx);
                events.subscribeChanges(vm);
                vm.start();
                CameraWallViewModel wall = new CameraWallViewModel(
                        new LayoutStore(options.sourcesFile().toAbsolutePath().resolveSibling(LayoutStore.FILE_NAME)),
                        background,
                        fx);
                wall.start();
                TileServices tiles = cameraWall.tiles();
                return new CamerasView(vm, wall, tiles, cameraWall.health(), i18n, zone).root();
            }
            case REPORTS: {
                QueueServices queue = reportQueue;
                ReportQueueViewModel vm = new ReportQueueViewModel(
                        queue, sync.freshnessFor(ReportQueueViewModel.CONTRACTS), clock, background, fx);
                events.subscribeChanges(vm);
                vm.start();
                secondTicks.add(vm::tick);
                return new ReportQueueView(vm, i18n, zone, queue.media()::fetch, background, fx).root();
            }
            case DATA_SYNC:
                return new SyncStatusView(sync, i18n, zone).root();
            case ALERTS:
                return new AlertsView(alerts, i18n).root();
            default:
                throw new IllegalArgumentException("no view for " + screen);
        }
    }
}
