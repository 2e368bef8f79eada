package org.iocconsole.console.scenario;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.iocconsole.console.common.Requery;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.engine.SyncProgressListener;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Notice;

/**
 * The alerts, messages and affected areas the cache holds (in a drill, its scenario's), read again off the FX thread
 * when notices change and after each finished sync, which also catches a drill's cache emptied by a seek back.
 * Properties: FX thread only; the listeners are thread-safe.
 */
public final class DrillNoticesViewModel implements ChangeListener, SyncProgressListener {
    /** How many alerts and messages stay in view. */
    public static final int SHOWN = 3;

    /** How many stay in the trainer's panel, which has room for the drill's whole story. */
    public static final int PANEL_SHOWN = 100;

    private record Read(List<Notice> latest, List<Notice> areas) {}

    private final SimpleObjectProperty<List<Notice>> latest = new SimpleObjectProperty<>(this, "latest", List.of());
    private final SimpleObjectProperty<List<Notice>> areas = new SimpleObjectProperty<>(this, "areas", List.of());
    private final Requery<Read> requery;

    /**
     * @param latest the latest alerts and messages, newest first, at most the given number (blocking)
     * @param areas the areas affected now (blocking)
     * @param shown how many alerts and messages stay in view: {@link #SHOWN} or {@link #PANEL_SHOWN}
     */
    public DrillNoticesViewModel(
            IntFunction<List<Notice>> latest,
            Supplier<List<Notice>> areas,
            int shown,
            Executor background,
            Executor fx) {
        this.requery =
                new Requery<>("notices", () -> new Read(latest.apply(shown), areas.get()), background, fx, read -> {
                    if (!read.latest().equals(this.latest.get())) {
                        this.latest.set(read.latest());
                    }
                    if (!sameAreas(read.areas(), this.areas.get())) {
                        this.areas.set(read.areas());
                    }
                });
    }

    /** Reads the notices again. */
    public void refresh() {
        requery.request();
    }

    @Override
    public void onChange(ChangeEvent event) {
        if (event.contract() == Contract.NOTICES) {
            refresh();
        }
    }

    @Override
    public void onProgress(SyncProgress progress) {
        if (progress.phase() == SyncPhase.SUCCEEDED && progress.contract() == Contract.NOTICES) {
            refresh();
        }
    }

    /** The latest alerts and messages, newest first, at most as many as this model shows. */
    public ReadOnlyObjectProperty<List<Notice>> latestProperty() {
        return latest;
    }

    /** The areas affected now. */
    public ReadOnlyObjectProperty<List<Notice>> areasProperty() {
        return areas;
    }

    /** Records holding arrays compare them by identity: areas are the same when their ids and stamps are. */
    private static boolean sameAreas(List<Notice> a, List<Notice> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).noticeId().equals(b.get(i).noticeId())
                    || !a.get(i).updatedAt().equals(b.get(i).updatedAt())) {
                return false;
            }
        }
        return true;
    }
}
