package org.iocconsole.console.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.iocconsole.sync.engine.SourceSummary;
import org.iocconsole.sync.engine.SyncControl;

/** Records the commands it receives. Thread-safe. */
public final class FakeSyncControl implements SyncControl {
    private final List<SourceSummary> sources;
    private final List<String> commands = new CopyOnWriteArrayList<>();

    public FakeSyncControl(List<SourceSummary> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public List<SourceSummary> sources() {
        return sources;
    }

    @Override
    public void syncNow(String sourceId) {
        commands.add("syncNow " + sourceId);
    }

    @Override
    public void syncAllNow() {
        commands.add("syncAllNow");
    }

    @Override
    public void cancel(String sourceId) {
        commands.add("cancel " + sourceId);
    }

    /** The commands received, in order ("syncNow reports", "syncAllNow", "cancel reports"). */
    public List<String> commands() {
        return List.copyOf(commands);
    }
}
