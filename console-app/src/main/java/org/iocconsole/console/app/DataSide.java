package org.iocconsole.console.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iocconsole.sync.agent.SyncAgent;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertEvaluator;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.OverviewQueries;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.engine.SyncControl;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.kpi.KpiService;
import org.iocconsole.sync.model.SyncState;
import org.iocconsole.sync.outbox.OutboxCounts;

/** The console's data side: the sync agent over the cache and, in a demo, the demo province it reads. Thread-safe. */
final class DataSide implements ConsoleServices {
    private final SyncAgent agent;
    private final DemoProvince demo;
    private final SyncStateRepository states;
    private final ReadModels readModels;
    private final AlertStore alerts;
    private final AlertEvaluator evaluator;

    /** @param demo the running demo province, or null for live sources */
    DataSide(SyncAgent agent, DemoProvince demo) {
        this.agent = agent;
        this.demo = demo;
        this.states = new SyncStateRepository(agent.cache());
        this.readModels = new CacheReadModels(agent.cache());
        this.alerts = new AlertStore(agent.cache());
        this.evaluator = new AlertEvaluator(
                alerts, new OverviewQueries(agent.cache()), states, new KpiService(new KpiQueries(agent.cache())));
    }

    @Override
    public boolean demo() {
        return demo != null;
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
    public List<Alert> evaluateAlerts(Instant now, LocalDate today) {
        return evaluator.evaluate(now, today);
    }

    @Override
    public void acknowledgeAlert(String alertId, String actor, Instant now) {
        alerts.acknowledge(agent.actions(), alertId, actor, now);
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
