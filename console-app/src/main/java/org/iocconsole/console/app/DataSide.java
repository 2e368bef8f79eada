package org.iocconsole.console.app;

import java.nio.file.Path;
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
import org.iocconsole.sync.agent.SyncAgent;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertEvaluator;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CameraObservations;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.OverviewQueries;
import org.iocconsole.sync.cache.ReportDetails;
import org.iocconsole.sync.cache.ReportQueue;
import org.iocconsole.sync.cache.SavedFilters;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.cache.TravelQueries;
import org.iocconsole.sync.connector.MediaStore;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.engine.SyncControl;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.kpi.KpiService;
import org.iocconsole.sync.model.CameraObservation;
import org.iocconsole.sync.model.SyncState;
import org.iocconsole.sync.outbox.OutboxCounts;
import org.iocconsole.sync.outbox.OutboxPusher;
import org.iocconsole.sync.reports.ReportActions;
import org.iocconsole.sync.reports.SlaPolicy;
import org.iocconsole.sync.scenario.AfterActionReport;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioCache;
import org.iocconsole.sync.scenario.ScenarioControl;
import org.iocconsole.sync.scenario.ScenarioStatus;

/** The console's data side: the sync agent over the cache and, in a demo, the demo province it reads. Thread-safe. */
final class DataSide implements ConsoleServices {
    private final SyncAgent agent;
    private final DemoProvince demo;
    private final SyncStateRepository states;
    private final ReadModels readModels;
    private final QueueServices reportQueue;
    private final CameraObservations observations;
    private final AlertStore alerts;
    private final AlertEvaluator evaluator;
    private final DashboardServices dashboards;
    private final StreamAuth cameraStreamAuth;
    private final Clock clock;

    /**
     * @param demo the running demo province, or null for live sources
     * @param clock the data side's clock (the demo's virtual one in a demo): actions are stamped with it
     * @param sla the deadlines given when a report is assigned
     * @param mediaDir where report photos are kept for offline use
     * @param cameraStreamAuth the credentials of camera streams
     */
    DataSide(
            SyncAgent agent,
            DemoProvince demo,
            Clock clock,
            SlaPolicy sla,
            Path mediaDir,
            StreamAuth cameraStreamAuth) {
        this.cameraStreamAuth = cameraStreamAuth;
        this.agent = agent;
        this.demo = demo;
        this.clock = clock;
        this.states = new SyncStateRepository(agent.cache());
        this.readModels = new CacheReadModels(agent.cache());
        this.observations = new CameraObservations(agent.cache());
        this.alerts = new AlertStore(agent.cache());
        this.evaluator = new AlertEvaluator(
                alerts, new OverviewQueries(agent.cache()), states, new KpiService(new KpiQueries(agent.cache())));
        this.dashboards = new DashboardServices(agent.cache(), agent.mapper());
        HistoryCodec history = new HistoryCodec(agent.mapper());
        ReportActions actions =
                new ReportActions(agent.cache(), agent.actions(), history, sla, clock, () -> agent.pusher()
                        .ifPresent(OutboxPusher::nudge));
        this.reportQueue = new QueueServices(
                new ReportQueue(agent.cache(), sla.atRisk()),
                new ReportDetails(agent.cache(), history),
                actions,
                new SavedFilters(agent.cache(), agent.mapper()),
                new MediaStore(agent.http(), mediaDir),
                System.getProperty("user.name", "operator"));
    }

    @Override
    public QueueServices reportQueue() {
        return reportQueue;
    }

    @Override
    public boolean demo() {
        return demo != null;
    }

    @Override
    public Optional<Clock> sessionClock() {
        return demo == null ? Optional.empty() : Optional.of(demo.clock());
    }

    @Override
    public Optional<ScenarioControl> scenarioControl() {
        if (demo == null || demo.scenario().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScenarioControl(agent.http(), demo.apiUrl(), agent.mapper()));
    }

    @Override
    public Optional<Callable<AfterActionReport>> afterActionReport() {
        return scenarioControl().map(control -> () -> {
            Scenario scenario = demo.scenario().orElseThrow().scenario();
            // The province's ids of the scenario's reports: operator actions name reports by them.
            ScenarioStatus status = control.status();
            return AfterActionReport.of(
                    scenario,
                    status.reportIds(),
                    new AuditLog(agent.cache()).between(scenario.start(), scenario.end()),
                    agent.mapper());
        });
    }

    @Override
    public Optional<Scenario> playedScenario() {
        return demo == null ? Optional.empty() : demo.scenario().map(player -> player.scenario());
    }

    @Override
    public TrainerViewModel.Session drillSession() {
        return new TrainerViewModel.Session() {
            @Override
            public void rebuilt() {
                // The operators' actions (outbox, audit log) stay: they are what the after-action report scores.
                ScenarioCache.clearSynced(agent.cache());
                agent.engine().syncAllNow();
            }

            @Override
            public void eventsHappened() {
                agent.engine().syncAllNow();
            }
        };
    }

    /** The demo province this session reads, or null for live sources. */
    DemoProvince demoProvince() {
        return demo;
    }

    @Override
    public SyncControl syncControl() {
        return agent.engine();
    }

    @Override
    public ReadModels readModels() {
        return readModels;
    }

    @Override
    public List<SyncState> loadSyncStates() {
        return states.all();
    }

    @Override
    public OutboxCounts loadOutboxCounts() {
        return agent.outbox().counts();
    }

    @Override
    public StreamAuth cameraStreamAuth() {
        return cameraStreamAuth;
    }

    @Override
    public Consumer<CameraObservation> cameraObservations() {
        return observations::record;
    }

    @Override
    public List<Alert> evaluateAlerts(Instant now, LocalDate today) {
        return evaluator.evaluate(now, today);
    }

    @Override
    public Optional<DashboardServices> dashboards() {
        return Optional.of(dashboards);
    }

    @Override
    public void acknowledgeAlert(String alertId, String actor, Instant now) {
        alerts.acknowledge(agent.actions(), alertId, actor, now);
    }

    @Override
    public AuditLog auditLog() {
        return new AuditLog(agent.cache());
    }

    @Override
    public TravelPreparation travelPreparation(Optional<TileSource> tiles, String tileUrl) {
        return new TravelPreparation(
                agent.engine(),
                reportQueue.media(),
                new TravelQueries(agent.cache()),
                tiles,
                tileUrl,
                clock,
                TravelPreparation.Limits.DEFAULT);
    }

    SyncAgent agent() {
        return agent;
    }

    @Override
    public void close() {
        agent.close();
        if (demo != null) {
            demo.close();
        }
    }
}
