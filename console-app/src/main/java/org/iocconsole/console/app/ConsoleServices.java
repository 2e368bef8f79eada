package org.iocconsole.console.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.iocconsole.console.cameras.stream.StreamAuth;
import org.iocconsole.console.dashboard.DashboardServices;
import org.iocconsole.console.reports.QueueServices;
import org.iocconsole.console.scenario.TrainerViewModel;
import org.iocconsole.console.travel.TravelPreparation;
import org.iocconsole.maps.tiles.TileSource;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.engine.SyncControl;
import org.iocconsole.sync.model.CameraObservation;
import org.iocconsole.sync.model.SyncState;
import org.iocconsole.sync.outbox.OutboxCounts;
import org.iocconsole.sync.scenario.AfterActionReport;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioControl;

/**
 * The data side as the console's views need it: the sync engine's controls and the cache's read models. A
 * {@link ServicesOpener} builds it off the FX thread after the first frame; the console closes it on exit.
 *
 * <p>Implementations are thread-safe. The {@code load…} methods block on the cache and are only called off the FX
 * thread.
 */
public interface ConsoleServices extends AutoCloseable {

    /** Whether this session serves the demo province (no sources file, or {@code --demo}). */
    boolean demo();

    /** The sync engine's commands and configured sources. */
    SyncControl syncControl();

    /** The cache's read models for the screens. */
    ReadModels readModels();

    /** The citizen report queue's read models and actions. */
    QueueServices reportQueue();

    /** Every source's sync state as stored in the cache. Blocking. */
    List<SyncState> loadSyncStates();

    /** How many operator actions wait, conflict or were rejected in the outbox. Blocking. */
    OutboxCounts loadOutboxCounts();

    /**
     * Where the camera wall records the camera states it observes, for alerts. Called off the FX thread, one call at a
     * time; blocking. None by default.
     */
    default Consumer<CameraObservation> cameraObservations() {
        return observation -> {};
    }

    /** The credentials sent with camera streams: the tokens of the configured cameras sources. None by default. */
    default StreamAuth cameraStreamAuth() {
        return StreamAuth.NONE;
    }

    /**
     * Evaluates the alert rules at {@code now} after a sync and stores the outcome. Blocking.
     *
     * @param today the day in the console's zone
     * @return the alerts raised or reopened now
     */
    List<Alert> evaluateAlerts(Instant now, LocalDate today);

    /** Dashboards as data, the catalog and the alert rules, for their screens and editors; none by default. */
    default Optional<DashboardServices> dashboards() {
        return Optional.empty();
    }

    /** Acknowledges an open alert through the outbox and the audit log, as {@code actor}. Blocking. */
    void acknowledgeAlert(String alertId, String actor, Instant now);

    /** The session's own clock (the demo province's virtual one), or empty when the system's is right. */
    default Optional<Clock> sessionClock() {
        return Optional.empty();
    }

    /** The controls of the scenario the demo province plays, or empty when it plays none (or the session is live). */
    default Optional<ScenarioControl> scenarioControl() {
        return Optional.empty();
    }

    /**
     * What the trainer's controls need of the data side: read a rebuilt province afresh into the drill's cache, or
     * sync now after events. Calls are made off the FX thread.
     */
    default TrainerViewModel.Session drillSession() {
        return new TrainerViewModel.Session() {
            @Override
            public void rebuilt() {
                // nothing to read afresh without a drill
            }

            @Override
            public void eventsHappened() {
                // nothing to sync without a drill
            }
        };
    }

    /**
     * Builds the after-action report of the drill from its scenario and the audit log of its cache; empty when the
     * session plays no drill. The callable blocks and is run off the FX thread.
     */
    default Optional<Callable<AfterActionReport>> afterActionReport() {
        return Optional.empty();
    }

    /** The scenario the drill plays now, to edit it; empty when the session plays no drill. */
    default Optional<Scenario> playedScenario() {
        return Optional.empty();
    }

    /** The audit log of this session's cache (a drill's own in a drill), for the administrator's viewer. */
    AuditLog auditLog();

    /**
     * A "prepare for travel" run over this data side.
     *
     * @param tiles the configured online tile server over the map's tile cache, or empty
     * @param tileUrl its address template, or null
     */
    TravelPreparation travelPreparation(Optional<TileSource> tiles, String tileUrl);

    /** Stops the sync engine (and the demo province) and closes the cache. Called once, off the FX thread. */
    @Override
    void close();
}
