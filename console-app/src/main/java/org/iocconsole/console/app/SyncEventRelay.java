package org.iocconsole.console.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.engine.SyncProgressListener;

/**
 * Passes the sync engine's progress and change events on to the console's view models. It exists before the engine,
 * so the engine can be given it when built; it remembers each source's latest progress and replays it to a
 * subscriber that arrives later. Thread-safe.
 */
public final class SyncEventRelay implements SyncProgressListener, ChangeListener {
    private final Map<String, SyncProgress> latest = new ConcurrentHashMap<>();
    private final List<SyncProgressListener> progressSubscribers = new CopyOnWriteArrayList<>();
    private final List<ChangeListener> changeSubscribers = new CopyOnWriteArrayList<>();

    @Override
    public void onProgress(SyncProgress progress) {
        latest.merge(progress.sourceId(), progress, (old, now) -> now.at().isBefore(old.at()) ? old : now);
        for (SyncProgressListener subscriber : progressSubscribers) {
            subscriber.onProgress(progress);
        }
    }

    @Override
    public void onChange(ChangeEvent event) {
        for (ChangeListener subscriber : changeSubscribers) {
            subscriber.onChange(event);
        }
    }

    /**
     * Adds a progress subscriber and replays each source's latest progress to it. A report may reach it twice, or an
     * older one after a newer; subscribers ignore reports older than what they have.
     */
    public void subscribeProgress(SyncProgressListener subscriber) {
        progressSubscribers.add(subscriber);
        latest.values().forEach(subscriber::onProgress);
    }

    /** Adds a change subscriber. */
    public void subscribeChanges(ChangeListener subscriber) {
        changeSubscribers.add(subscriber);
    }
}
