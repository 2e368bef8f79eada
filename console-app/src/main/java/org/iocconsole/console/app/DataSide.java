package org.iocconsole.console.app;

import java.util.List;
import java.util.function.Consumer;
import org.iocconsole.sync.agent.SyncAgent;
import org.iocconsole.sync.cache.CameraObservations;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.engine.SyncControl;
import org.iocconsole.sync.model.CameraObservation;
import org.iocconsole.sync.model.SyncState;
import org.iocconsole.sync.outbox.OutboxCounts;

/** The console's data side: the sync agent over the cache and, in a demo, the demo province it reads. Thread-safe. */
final class DataSide implements ConsoleServices {
    private final SyncAgent agent;
    private final DemoProvince demo;
    private final SyncStateRepository states;
    private final ReadModels readModels;
    private final CameraObservations observations;

    /** @param demo the running demo province, or null for live sources */
    DataSide(SyncAgent agent, DemoProvince demo) {
        this.agent = agent;
        this.demo = demo;
        this.states = new SyncStateRepository(agent.cache());
        this.readModels = new CacheReadModels(agent.cache());
        this.observations = new CameraObservations(agent.cache());
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
    public Consumer<CameraObservation> cameraObservations() {
        return observations::record;
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
