package org.iocconsole.console.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.iocconsole.console.access.LoginViewModel;
import org.iocconsole.console.common.Fonts;
import org.iocconsole.console.common.FxExecutor;
import org.iocconsole.console.common.NamedThreads;
import org.iocconsole.console.common.PulseExecutor;
import org.iocconsole.console.common.SessionClock;
import org.iocconsole.console.workspace.WindowLayout;
import org.iocconsole.console.workspace.layout.LayoutFolder;
import org.iocconsole.maps.layer.LabelFonts;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.config.AppPaths;
import org.iocconsole.sync.config.OperatingSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: shows the shell as fast as it can, then opens the data side off the FX thread. Owns the
 * executors and closes them, with the data side, in {@link #stop()}. Started by {@link WindowThread} after {@link #prepare}.
 */
public final class ConsoleApplication extends Application {
    /** Times are shown in Vietnam's zone: the figures are a Vietnamese province's, wherever the laptop is. */
    static final ZoneId CONSOLE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final long FONT_WAIT_MILLIS = 2_000;
    private static final long CLOSE_WAIT_MILLIS = 5_000;
    private static final long TICK_SECONDS = 30;
    /** The share of the screen's width and height the window opens with. */
    public static final double WINDOW_SHARE = 0.9;

    private static final AtomicReference<CompletableFuture<Launch>> LAUNCH =
            new AtomicReference<>(new CompletableFuture<>());

    private record Launch(ConsoleOptions options, ServicesOpener opener) {}

    private final FxExecutor fx = new FxExecutor();
    private ExecutorService startup;
    private ExecutorService background;
    private ScheduledExecutorService ticker;
    private Future<Integer> fonts;
    private Launch launch;
    private ConsoleWiring wiring;
    private SessionClock clock;
    private WorkspaceWiring workspace;
    private Stage mainStage;
    private volatile ConsoleServices services;
    private volatile boolean stopping;
    private volatile SessionAccess access;
    /** Counts sign-outs: a data side opened for an earlier session is closed, not shown. FX thread. */
    private int session;

    private final List<ScheduledFuture<?>> sessionTicks = new ArrayList<>();

    /**
     * Sets what the next instance starts with. The toolkit may already be starting ({@link WindowThread}); the
     * instance waits in {@link #init()} until this is called.
     */
    static void prepare(ConsoleOptions options, ServicesOpener opener) {
        Launch launch = new Launch(options, opener);
        if (!LAUNCH.get().complete(launch)) {
            LAUNCH.set(CompletableFuture.completedFuture(launch));
        }
    }

    @Override
    public void init() {
        // The toolkit may have started before the command line was read; logging is set up once the options are here,
        // so no logger may be made before this.
        launch = LAUNCH.get().join();
        startup = Executors.newSingleThreadExecutor(NamedThreads.daemon("ioc-startup"));
        background = Executors.newFixedThreadPool(2, NamedThreads.daemon("ioc-cache-read"));
        ticker = Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon("ioc-clock"));
        // Fonts load while start() builds the scene; the stage waits for them so the first frame uses them.
        fonts = startup.submit(Fonts::loadBundled);
    }

    @Override
    public void start(Stage stage) {
        ConsoleOptions options = launch.options();
        clock = new SessionClock(Clock.system(CONSOLE_ZONE), CONSOLE_ZONE);
        mainStage = stage;
        // Most of the screen it opens on: a wall's large type needs the room, a laptop keeps a margin.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(new Group(), screen.getWidth() * WINDOW_SHARE, screen.getHeight() * WINDOW_SHARE));
        buildShell(options);
        if (options.layout() == WindowLayout.FULLSCREEN) {
            // JavaFX's hint is English only; the wall's staff know the key.
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        awaitFonts();
        stage.show();
        FirstFrame.then(() -> {
            if (options.exitAfterFirstFrame()) {
                Platform.exit();
            } else {
                // Java 2D's fonts take a few hundred milliseconds to start: ready before the map is first opened.
                background.execute(LabelFonts::load);
                openServices(options, launch.opener());
            }
        });
    }

    @Override
    public void stop() {
        stopping = true;
        ticker.shutdownNow();
        if (workspace != null) {
            workspace.close();
        }
        if (wiring != null) {
            wiring.close();
        }
        ConsoleServices open = services;
        if (open != null) {
            Future<?> closing = background.submit(open::close);
            try {
                closing.get(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                log().warn("Closing the data side did not finish cleanly", e);
            }
        }
        startup.shutdownNow();
        SessionAccess waiting = access;
        if (waiting != null) {
            // Stopped at the login: the cache was opened only to check it.
            waiting.closeUnused();
        }
        background.shutdownNow();
        log().info("Console stopped");
    }

    /** The user's settings folder, where layouts are saved per role and machine. */
    private static Path userSettingsFolder() {
        return AppPaths.settingsFiles(
                        OperatingSystem.current(), Path.of(System.getProperty("user.home")), System.getenv())
                .get(0)
                .getParent();
    }

    private static Logger log() {
        return LoggerFactory.getLogger(ConsoleApplication.class);
    }

    private void awaitFonts() {
        try {
            int loaded = fonts.get(FONT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            log().debug("Loaded {} bundled font faces", loaded);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log().warn("The bundled fonts were not ready in time; the system font stands in", e);
        }
    }

    /** A new shell in the main window, knowing nothing of an earlier session. */
    private void buildShell(ConsoleOptions options) {
        wiring = new ConsoleWiring(options, clock, background, fx, new PulseExecutor(fx));
        LayoutFolder layouts = new LayoutFolder(userSettingsFolder(), clock);
        wiring.useLayouts(layouts);
        workspace = new WorkspaceWiring(options, layouts, clock, background, fx);
        Scene scene = mainStage.getScene();
        scene.getAccelerators().clear();
        scene.setRoot(wiring.root());
        wiring.shellView().installShortcuts(scene);
        mainStage.titleProperty().bind(wiring.shellView().windowTitle());
    }

    /**
     * Ends the session and returns to the login: every other window and the wall close, the views are dropped with
     * the shell that held them, and the data side closes its cache (after the sign-out is in its audit log), so nothing
     * of the previous user stays on screen or open. FX thread.
     */
    private void signOut() {
        ConsoleOptions options = launch.options();
        String actor = wiring.gate().actor();
        ConsoleServices open = services;
        services = null;
        session++;
        sessionTicks.forEach(tick -> tick.cancel(false));
        sessionTicks.clear();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != mainStage) {
                window.hide();
            }
        }
        workspace.close();
        wiring.close();
        clock.follow(Clock.system(CONSOLE_ZONE));
        buildShell(options);
        mainStage.show();
        startup.execute(() -> {
            if (open != null) {
                try {
                    open.auditLog().record(Instant.now(), actor, "logout", actor, null);
                } catch (RuntimeException e) {
                    log().warn("The sign-out could not be written to the audit log", e);
                }
                open.close();
            }
            log().info("{} signed out", actor);
            fx.execute(() -> openServices(options, launch.opener()));
        });
    }

    /** The login first (when one is needed, on the FX thread's form), then the data side over the cache it opened. */
    private void openServices(ConsoleOptions options, ServicesOpener opener) {
        int opening = session;
        if (options.settingsProblem() != null) {
            startup.execute(() -> openData(options, opener, null, opening));
            return;
        }
        startup.execute(() -> {
            try {
                SessionAccess access = SessionAccess.standard(options);
                this.access = access;
                LoginViewModel.Mode mode = access.prepare();
                if (mode == null) {
                    LocalUser user = access.withoutLogin();
                    access.signedIn();
                    LocalUsers users = access.users();
                    fx.execute(() -> wiring.signedIn(user, access.demo(), users, null));
                    openData(options, opener, access, opening);
                } else {
                    fx.execute(() ->
                            wiring.showLogin(new LoginViewModel(access, mode, Clock.systemUTC(), startup, fx, user -> {
                                startup.execute(() -> {
                                    access.signedIn();
                                    LocalUsers users = access.users();
                                    fx.execute(() -> wiring.signedIn(user, access.demo(), users, this::signOut));
                                    openData(options, opener, access, opening);
                                });
                            })));
                }
            } catch (Exception | LinkageError e) {
                log().error("Opening the cache failed", e);
                fx.execute(() -> wiring.openingFailed(e));
            }
        });
    }

    private void openData(ConsoleOptions options, ServicesOpener opener, SessionAccess access, int opening) {
        SyncEventRelay events = new SyncEventRelay();
        OpeningProgress progress = fraction -> fx.execute(() -> wiring.openingProgressed(fraction));
        try {
            ConsoleServices opened = opener.open(options, progress, events, access == null ? null : access.cache());
            this.access = null;
            fx.execute(() -> servicesOpened(opened, events, opening));
        } catch (Exception | LinkageError e) {
            log().error("Opening the data side failed", e);
            fx.execute(() -> wiring.openingFailed(e));
        }
    }

    private void servicesOpened(ConsoleServices opened, SyncEventRelay events, int opening) {
        if (stopping || opening != session) {
            // The console stopped, or the user signed out while it opened: nobody is left to see it.
            background.execute(opened::close);
            return;
        }
        services = opened;
        // A demo's or a drill's clock from now on: what the screens show agrees with the province's virtual time.
        opened.sessionClock().ifPresent(clock::follow);
        wiring.attach(opened, events);
        workspace.opened(wiring, mainStage, WorkspaceWiring.fxMonitors());
        ConsoleWiring ticked = wiring;
        sessionTicks.add(ticker.scheduleAtFixedRate(
                () -> fx.execute(ticked::tick), TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS));
        // Countdowns to deadlines move every second.
        sessionTicks.add(ticker.scheduleAtFixedRate(() -> fx.execute(ticked::tickSecond), 1, 1, TimeUnit.SECONDS));
        log().info("Data side open (demo: {})", opened.demo());
    }
}
