package org.iocconsole.sync.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every progress report and change event, for assertions. Thread-safe. */
final class RecordingListener implements SyncProgressListener, ChangeListener {
    final List<SyncProgress> progress = new CopyOnWriteArrayList<>();
    final List<ChangeEvent> changes = new CopyOnWriteArrayList<>();

    @Override
    public void onProgress(SyncProgress p) {
        progress.add(p);
    }

    @Override
    public void onChange(ChangeEvent event) {
        changes.add(event);
    }

    List<SyncPhase> phasesOf(String sourceId) {
        return progress.stream()
                .filter(p -> p.sourceId().equals(sourceId))
                .map(SyncProgress::phase)
                .toList();
    }
}
