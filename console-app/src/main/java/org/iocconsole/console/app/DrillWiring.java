package org.iocconsole.console.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.NamedThreads;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.console.reports.CommuneOutline;
import org.iocconsole.console.scenario.AfterActionView;
import org.iocconsole.console.scenario.AfterActionViewModel;
import org.iocconsole.console.scenario.DrillNotices;
import org.iocconsole.console.scenario.DrillNoticesViewModel;
import org.iocconsole.console.scenario.ScenarioEditorView;
import org.iocconsole.console.scenario.ScenarioEditorViewModel;
import org.iocconsole.console.scenario.TrainerBar;
import org.iocconsole.console.scenario.TrainerViewModel;
import org.iocconsole.console.workspace.ShellView;
import org.iocconsole.console.workspace.WindowLayout;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.model.UnitLevel;
import org.iocconsole.sync.scenario.AfterActionReport;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioControl;
import org.iocconsole.sync.scenario.ScenarioDraft;

/**
 * The drill's part of the console: its notices and areas, read from the cache like live data, and for a trainer the
 * controls, the scenario editor and the after-action report. FX thread only.
 */
final class DrillWiring {
    private final ConsoleOptions options;
    private final I18n i18n;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private DrillNoticesViewModel notices;
    private ReadModels readModels;
    private ExecutorService trainerCalls;
    private TrainerViewModel trainer;

    DrillWiring(ConsoleOptions options, I18n i18n, Clock clock, Executor background, Executor fx) {
        this.options = options;
        this.i18n = i18n;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
    }

    /** Follows the notices of the cache just opened; the trainer's panel has room for all of them. */
    void attach(ReadModels readModels, SyncEventRelay events) {
        this.readModels = readModels;
        notices = new DrillNoticesViewModel(
                readModels::latestNotices,
                readModels::affectedAreas,
                trainerPanel() ? DrillNoticesViewModel.PANEL_SHOWN : DrillNoticesViewModel.SHOWN,
                background,
                fx);
        events.subscribeChanges(notices);
        events.subscribeProgress(notices);
        notices.refresh();
    }

    /** The drill's alerts, messages and areas; null until {@link #attach}. */
    DrillNoticesViewModel notices() {
        return notices;
    }

    /** Every console in a drill shows its notices and areas; a trainer's also gets the controls. */
    void follow(
            ScenarioControl control,
            ConsoleServices services,
            AccessGate gate,
            ShellView shellView,
            List<Runnable> secondTicks) {
        trainerCalls = Executors.newSingleThreadExecutor(NamedThreads.daemon("ioc-trainer"));
        trainer = new TrainerViewModel(control, services.drillSession(), i18n, trainerCalls, fx);
        TimeTexts times = new TimeTexts(i18n, clock.getZone());
        VBox drill = new VBox();
        // The bar follows who signed in, not the role the console was started for: a leader never drives the drill.
        // The trainer workspace has a panel on the right: controls above, every notice sent to the operators below.
        boolean panel = trainerPanel();
        if (gate.may(Permission.CONTROL_SCENARIOS)) {
            Runnable afterAction = services.afterActionReport()
                    .<Runnable>map(compute -> () -> showAfterAction(compute, times))
                    .orElse(null);
            Runnable editor = () -> services.playedScenario().ifPresent(this::showEditor);
            drill.getChildren().add(new TrainerBar(trainer, i18n, times, editor, afterAction, panel).root());
        }
        drill.getChildren().add(new DrillNotices(notices, i18n, times, panel).root());
        shellView.showTrainerControls(drill);
        secondTicks.add(trainer::refresh);
        trainer.refresh();
    }

    /** Stops the trainer's calls to the player. */
    void close() {
        if (trainerCalls != null) {
            trainerCalls.shutdownNow();
        }
    }

    private boolean trainerPanel() {
        return options.layout() == WindowLayout.TRAINER;
    }

    /** Opens the scenario editor on the scenario played now; "play" loads the edited one into the drill. */
    private void showEditor(Scenario scenario) {
        ScenarioEditorViewModel vm = new ScenarioEditorViewModel(ScenarioDraft.of(scenario), i18n, background, fx);
        vm.loadOutlines(() -> readModels.map().units(LocalDate.now(clock), UnitLevel.COMMUNE, true).stream()
                .flatMap(unit -> CommuneOutline.rings(unit.geometryGeoJson()).stream())
                .toList());
        Stage window = new Stage();
        window.titleProperty().bind(i18n.text("trainer.editor.title"));
        window.setScene(new Scene(
                new ScenarioEditorView(vm, i18n, yaml -> trainer.loadYaml(yaml, scenario.id() + ".yaml")).root(),
                1400,
                760));
        window.show();
    }

    /** Opens the after-action report in a window of its own, computed afresh each time. */
    private void showAfterAction(Callable<AfterActionReport> compute, TimeTexts times) {
        AfterActionViewModel vm = new AfterActionViewModel(compute, i18n, clock.getZone(), background, fx);
        Stage window = new Stage();
        window.titleProperty().bind(i18n.text("trainer.aar.open"));
        window.setScene(new Scene(new AfterActionView(vm, i18n, times).root(), 1000, 700));
        window.show();
        vm.refresh();
    }
}
