package org.iocconsole.console.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.access.LoginView;
import org.iocconsole.console.access.LoginViewModel;
import org.iocconsole.console.cameras.CamerasView;
import org.iocconsole.console.cameras.CamerasViewModel;
import org.iocconsole.console.cameras.wall.CameraLayouts;
import org.iocconsole.console.cameras.wall.CameraWallViewModel;
import org.iocconsole.console.cameras.wall.TileServices;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.console.dashboard.DashboardEditors;
import org.iocconsole.console.dashboard.DashboardScreens;
import org.iocconsole.console.dashboard.DashboardServices;
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
import org.iocconsole.console.scenario.DrillAreas;
import org.iocconsole.console.syncstatus.SyncStatusView;
import org.iocconsole.console.syncstatus.SyncStatusViewModel;
import org.iocconsole.console.workspace.AlertFeed;
import org.iocconsole.console.workspace.AlertsView;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.ScreenFactory;
import org.iocconsole.console.workspace.ShellView;
import org.iocconsole.console.workspace.ShellViewModel;
import org.iocconsole.console.workspace.StatusBarViewModel;
import org.iocconsole.console.workspace.layout.LayoutFolder;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.model.SyncState;

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
    private ReadModels readModels;
    private SyncEventRelay events;
    private QueueServices reportQueue;
    private final ConsoleOptions options;
    private final CameraWallServices cameraWall;
    private final AlertWiring alerting;
    private DashboardScreens dashboardScreens;
    private final DrillWiring drill;
    private final AccessWiring access;
    private AccessGate gate = new AccessGate(false);
    private final Map<Screen, Node> views = new EnumMap<>(Screen.class);
    private CameraLayouts cameraLayouts;

    /**
     * @param clock the console's clock; its zone is the zone times are shown in
     * @param background runs cache reads for the view models
     * @param fx runs work on the FX thread
     * @param pulse runs work on the FX thread at the next pulse
     */
    ConsoleWiring(ConsoleOptions options, Clock clock, Executor background, Executor fx, Executor pulse) {
        this.clock = clock;
        this.options = options;
        // Streams are timed in real seconds, whatever the drill's clock does.
        this.cameraWall = new CameraWallServices(Clock.system(clock.getZone()), fx);
        this.background = background;
        this.fx = fx;
        this.pulse = pulse;
        this.tileCache = options.cacheDir().resolve("tiles");
        this.i18n = new I18n(options.language());
        this.drill = new DrillWiring(options, i18n, clock, background, fx);
        this.access = new AccessWiring(i18n, clock, tileCache, background, fx);
        this.shell = new ShellViewModel(i18n, options.theme(), options.demo());
        this.status = new StatusBarViewModel(options.demo());
        this.shellView = new ShellView(shell, status, i18n, new TimeTexts(i18n, clock.getZone()), options.logDir());
        this.alerting = new AlertWiring(clock, background, fx);
        secondTicks.add(alerting.notifications()::tick);
        shellView.arrange(options.layout());
        useLayouts(new LayoutFolder(options.sourcesFile().toAbsolutePath().getParent(), clock));
    }

    I18n i18n() {
        return i18n;
    }

    /** The latest alerts, for the wall's ticker and pre-emption. */
    AlertFeed alerts() {
        return alerting.feed();
    }

    /** Each screen's view, built once when first asked for, by the shell or by a wall screen. */
    ScreenFactory views() {
        return new ScreenFactory() {
            @Override
            public Node create(Screen screen) {
                return views.computeIfAbsent(screen, ConsoleWiring.this::createScreen);
            }

            @Override
            public Node create(Screen screen, String cameraLayout) {
                return screen == Screen.CAMERAS && cameraLayout != null ? cameraScreen(cameraLayout) : create(screen);
            }
        };
    }

    /** Keeps the saved camera layouts in this layouts folder (the user's settings) instead of beside the sources. */
    void useLayouts(LayoutFolder folder) {
        cameraLayouts = new CameraLayouts(
                folder, options.sourcesFile().toAbsolutePath().resolveSibling(CameraLayouts.OLD_FILE_NAME));
    }

    /** The saved camera layouts a wall screen may name. */
    CameraLayouts cameraLayouts() {
        return cameraLayouts;
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

    /** The cache asks for a login first: the form takes the screen area until someone signs in. */
    void showLogin(LoginViewModel login) {
        shellView.showDoor(new LoginView(login, i18n).root());
    }

    /**
     * Someone signed in (or no login was needed): their role gates every action from now on.
     *
     * @param users the local users to manage, or null when this session offers none (a drill keeps them closed)
     * @param signOut ends the session, or null when no login is asked for
     */
    void signedIn(LocalUser user, boolean demo, LocalUsers users, Runnable signOut) {
        gate = AccessGate.signedIn(user, demo);
        shellView.showDoor(null);
        shellView.addToTopBar(access.menu(gate, users, signOut));
    }

    AccessGate gate() {
        return gate;
    }

    /** The data side is open: builds the view models over it and shows the screens. */
    void attach(ConsoleServices services, SyncEventRelay events) {
        this.readModels = services.readModels();
        this.reportQueue = services.reportQueue();
        cameraWall.recordObservationsIn(services.cameraObservations());
        cameraWall.authenticateWith(services.cameraStreamAuth());
        this.events = events;
        this.services = services;
        access.attach(services);
        Runnable refreshBoard = () -> {
            if (board != null) {
                board.refresh();
            }
        };
        alerting.attach(services, events, refreshBoard, ticks, shellView, i18n);
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
        sync.setGate(gate);
        sync.start();
        events.subscribeProgress(sync);
        events.subscribeChanges(sync);
        status.follow(sync);
        services.dashboards()
                .ifPresent(d -> dashboardScreens =
                        new DashboardScreens(d, i18n, clock, background, fx, events::subscribeChanges));
        drill.attach(readModels, events);
        services.scenarioControl().ifPresent(control -> drill.follow(control, services, gate, shellView, secondTicks));
        shellView.showScreens(views());
        shell.opened(services.demo());
    }

    /**
     * Views of saved dashboards for wall screens: one by id, or the rotation through a role's; null until the data
     * side is open or when it keeps no dashboards.
     */
    DashboardScreens dashboardScreens() {
        return dashboardScreens;
    }

    /** Stops the camera players and their threads, and the dashboards' reads. Called once when the console stops. */
    void close() {
        // A tick already queued on the FX thread must find nothing left to poll.
        ticks.clear();
        secondTicks.clear();
        cameraWall.close();
        drill.close();
        if (dashboardScreens != null) {
            dashboardScreens.close();
        }
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

    /** The registry beside a camera wall; the wall opens the saved camera layout {@code opening} when not null. */
    private Node cameraScreen(String opening) {
        CamerasViewModel vm = new CamerasViewModel(
                readModels::cameras, sync.freshnessFor(CamerasViewModel.CONTRACTS), background, fx);
        events.subscribeChanges(vm);
        vm.start();
        CameraWallViewModel wall = new CameraWallViewModel(cameraLayouts, background, fx);
        wall.start(opening);
        TileServices tiles = cameraWall.tiles();
        return new CamerasView(vm, wall, tiles, cameraWall.health(), i18n, clock.getZone()).root();
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
                String actor = gate.actor();
                board = new KpiBoardViewModel(
                        readModels::board,
                        alert -> services.acknowledgeAlert(alert.alertId(), actor, clock.instant()),
                        clock,
                        background,
                        fx);
                board.setGate(gate);
                events.subscribeChanges(board);
                board.start();
                KpiBoardView boardView = new KpiBoardView(board, i18n, clock);
                Node boardNode = boardView.root();
                if (dashboardScreens != null) {
                    DashboardServices dashboards = services.dashboards().orElseThrow();
                    DashboardEditors editors = new DashboardEditors(
                            dashboards,
                            alerting.notifications(),
                            () -> services.loadSyncStates().stream()
                                    .map(SyncState::sourceId)
                                    .collect(Collectors.toSet()),
                            i18n,
                            clock,
                            actor,
                            background,
                            fx);
                    editors.gate(gate);
                    String role = options.role().name().toLowerCase(Locale.ROOT);
                    boardNode = new VBox(editors.bar(), dashboardScreens.firstOf(role), boardView.root());
                }
                return new OverviewView(vm, i18n, zone, boardNode).root();
            }
            case MAP: {
                MapScreenViewModel vm = new MapScreenViewModel(
                        readModels.map(), sync.freshnessFor(MapScreenViewModel.CONTRACTS), clock, background, fx);
                events.subscribeChanges(vm);
                vm.start();
                ticks.add(vm::tick);
                MapScreenView view = new MapScreenView(
                        vm,
                        i18n,
                        zone,
                        new TileSetup(tileCache, clock),
                        TileSettings.preferences(),
                        cameraWall::tiles,
                        background,
                        fx);
                view.gateSettings(gate);
                Runnable areas = () -> view.showDrillAreas(DrillAreas.features(
                        drill.notices().areasProperty().get(),
                        i18n.getLanguage().name().toLowerCase(Locale.ROOT)));
                drill.notices().areasProperty().subscribe(list -> areas.run());
                i18n.languageProperty().subscribe(language -> areas.run());
                return view.root();
            }
            case CAMERAS:
                return cameraScreen(null);
            case REPORTS: {
                QueueServices queue = reportQueue;
                ReportQueueViewModel vm = new ReportQueueViewModel(
                        queue, sync.freshnessFor(ReportQueueViewModel.CONTRACTS), clock, background, fx);
                vm.setGate(gate);
                // Reports that fall overdue as time passes raise their alert without waiting for the next sync.
                vm.counts().onEscalation(alerting::request);
                events.subscribeChanges(vm);
                vm.start();
                secondTicks.add(vm::tick);
                return new ReportQueueView(vm, i18n, zone, queue.media()::fetch, background, fx).root();
            }
            case DATA_SYNC:
                return new SyncStatusView(sync, i18n, zone).root();
            case ALERTS:
                return new AlertsView(alerting.feed(), i18n).root();
            default:
                throw new IllegalArgumentException("no view for " + screen);
        }
    }
}
