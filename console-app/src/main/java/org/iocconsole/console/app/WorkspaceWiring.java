package org.iocconsole.console.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.iocconsole.console.cameras.wall.SavedLayout;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.dashboard.DashboardScreens;
import org.iocconsole.console.workspace.AlertFeed;
import org.iocconsole.console.workspace.FxMonitors;
import org.iocconsole.console.workspace.KioskGate;
import org.iocconsole.console.workspace.ScreenFactory;
import org.iocconsole.console.workspace.ShellView;
import org.iocconsole.console.workspace.ShellViewModel;
import org.iocconsole.console.workspace.WallFrame;
import org.iocconsole.console.workspace.WallStages;
import org.iocconsole.console.workspace.WindowLayout;
import org.iocconsole.console.workspace.editor.LayoutEditorView;
import org.iocconsole.console.workspace.editor.LayoutEditorViewModel;
import org.iocconsole.console.workspace.layout.DashboardPick;
import org.iocconsole.console.workspace.layout.DefaultLayouts;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.LayoutFolder;
import org.iocconsole.console.workspace.layout.WorkspaceFiles;
import org.iocconsole.console.workspace.layout.WorkspaceLayout;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace the console runs in, once the data side is open: on a wall, reads the role's layout for this machine
 * off the FX thread, opens a stage per monitor and follows the monitors, the clock and critical alerts; in a window,
 * nothing more than the shell. FX thread only, except where it says.
 */
final class WorkspaceWiring {
    /** How long a critical alert holds a wall screen before its rotation goes on. */
    static final Duration PREEMPT_LENGTH = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceWiring.class);

    private final ConsoleOptions options;
    private final WorkspaceFiles files;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private WallStages wall;
    private Path layoutFile;
    private Timeline dashboardTicks;

    WorkspaceWiring(ConsoleOptions options, LayoutFolder layouts, Clock clock, Executor background, Executor fx) {
        this.options = options;
        this.files = new WorkspaceFiles(layouts);
        this.clock = clock;
        this.background = background;
        this.fx = fx;
    }

    /** The wall's stages, once open; null in a window. */
    WallStages wall() {
        return wall;
    }

    /** The layout file of this role on this machine; null until the wall has read it. */
    Path layoutFile() {
        return layoutFile;
    }

    /**
     * The data side is open: the layout editor is offered; a wall opens its stages over the monitors and the main
     * window steps aside.
     */
    void opened(ConsoleWiring wiring, Stage main, ObservableList<DisplayArea> monitors) {
        wiring.shellView().offerLayoutEditor(() -> openEditor(wiring, monitors));
        if (options.layout() != WindowLayout.WALL) {
            return;
        }
        background.execute(() -> {
            Path file = files.fileFor(options.role().name(), machineName());
            WorkspaceFiles.Opened opened = files.open(file, DefaultLayouts.forRole(Role.OPERATOR));
            fx.execute(() -> {
                layoutFile = file;
                showWall(wiring, opened, monitors);
                main.hide();
            });
        });
    }

    /** Opens the layout editor over the role's layout for this machine (read off the FX thread when not on a wall). */
    void openEditor(ConsoleWiring wiring, ObservableList<DisplayArea> monitors) {
        if (wall != null) {
            showEditor(wiring, wall.layout(), layoutFile, monitors);
            return;
        }
        background.execute(() -> {
            Path file = files.fileFor(options.role().name(), machineName());
            WorkspaceLayout layout =
                    files.open(file, DefaultLayouts.forRole(Role.OPERATOR)).layout();
            fx.execute(() -> showEditor(wiring, layout, file, monitors));
        });
    }

    /** Shows the editor in a window of its own; a save applies to the wall at once. */
    LayoutEditorViewModel showEditor(
            ConsoleWiring wiring, WorkspaceLayout layout, Path file, ObservableList<DisplayArea> monitors) {
        LayoutEditorViewModel vm = new LayoutEditorViewModel(
                layout,
                List.copyOf(monitors),
                files,
                file,
                () -> wiring.gate().may(Permission.EDIT_LAYOUTS),
                wiring.i18n(),
                background,
                fx,
                saved -> {
                    if (wall != null) {
                        wall.apply(saved);
                    }
                });
        background.execute(() -> {
            List<String> names = wiring.cameraLayouts().load().layout().stream()
                    .map(SavedLayout::name)
                    .toList();
            fx.execute(() -> vm.cameraLayoutNames().setAll(names));
        });
        offerDashboards(wiring, vm);
        LayoutEditorView view = new LayoutEditorView(vm, wiring.i18n());
        Stage editor = new Stage();
        editor.titleProperty().bind(wiring.i18n().text("workspace.editor.title"));
        Scene scene = new Scene(view.root());
        scene.getStylesheets().addAll(wiring.root().getStylesheets());
        editor.setScene(scene);
        editor.setAlwaysOnTop(wall != null);
        editor.show();
        return vm;
    }

    /** Reads the saved dashboards off the FX thread and offers them, and each role's rotation, in the editor. */
    private void offerDashboards(ConsoleWiring wiring, LayoutEditorViewModel vm) {
        DashboardScreens screens = wiring.dashboardScreens();
        if (screens == null) {
            return;
        }
        background.execute(() -> {
            List<DashboardLayout> saved = screens.saved();
            fx.execute(() -> {
                Map<DashboardPick, String> names = new LinkedHashMap<>();
                for (DashboardLayout layout : saved) {
                    names.put(DashboardPick.one(layout.id()), layout.name() + " (" + layout.role() + ")");
                }
                saved.stream()
                        .map(DashboardLayout::role)
                        .distinct()
                        .forEach(role -> names.put(
                                DashboardPick.rotationOf(role), wiring.i18n().get("dash.pick.role", role)));
                vm.offerDashboards(names);
            });
        });
    }

    /** Wall screens show saved dashboards a layout names, and rotations through a role's move on every second. */
    private void showDashboards(ConsoleWiring wiring) {
        DashboardScreens screens = wiring.dashboardScreens();
        if (screens == null) {
            return;
        }
        wall.setDashboardViews(
                pick -> pick.ofRole() ? screens.rotation(pick.key()).root() : screens.named(pick.key()));
        dashboardTicks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> screens.tick()));
        dashboardTicks.setCycleCount(Animation.INDEFINITE);
        dashboardTicks.play();
    }

    /** Opens the wall on a layout read (off the FX thread) from its file. */
    void showWall(ConsoleWiring wiring, WorkspaceFiles.Opened opened, ObservableList<DisplayArea> monitors) {
        ShellViewModel shell = wiring.shell();
        I18n i18n = wiring.i18n();
        if (!opened.problems().isEmpty()) {
            LOG.warn("The layout could not be used as it is: {}", opened.problems());
            shell.showNotice(i18n.get(
                    "workspace.layout.problem",
                    String.join("; ", opened.problems()),
                    opened.keptAside() == null ? "-" : opened.keptAside().toString()));
        }
        AlertFeed alerts = wiring.alerts();
        ReadOnlyStringProperty notice = shell.noticeProperty();
        ScreenFactory views = wiring.views();
        wall = new WallStages(
                opened.layout(),
                clock,
                views,
                monitors,
                // The signed-in user's role, not the one the console was started for.
                KioskGate.forUser(signedInRole(wiring), () -> confirmLeave(i18n)),
                Platform::exit,
                () -> WallFrame.create(
                        alerts,
                        i18n,
                        shell.themeProperty().get(),
                        shell.demoProperty().get(),
                        notice));
        alerts.onCritical(alert -> wall.preempt(AlertFeed.viewOf(alert), PREEMPT_LENGTH));
        wall.setSceneSetup(
                scene -> scene.getAccelerators().put(ShellView.EDITOR_KEYS, () -> openEditor(wiring, monitors)));
        showDashboards(wiring);
        wall.open();
        wall.startTicking();
    }

    private Role signedInRole(ConsoleWiring wiring) {
        LocalUser user = wiring.gate().userProperty().get();
        return user == null ? options.role() : user.role();
    }

    /** Closes the wall's stages: the console stops. */
    void close() {
        if (wall != null) {
            wall.close();
        }
        if (dashboardTicks != null) {
            dashboardTicks.stop();
        }
    }

    private static boolean confirmLeave(I18n i18n) {
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION, i18n.get("workspace.kiosk.confirm"), ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText(i18n.get("workspace.kiosk.title"));
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** This machine's name, for the layout file; blocking (it may ask the resolver), call off the FX thread. */
    static String machineName() {
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "this-machine";
        }
    }

    /** The monitors as the toolkit reports them. */
    static ObservableList<DisplayArea> fxMonitors() {
        return FxMonitors.watch();
    }
}
