package org.iocconsole.console.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertKind;
import org.iocconsole.sync.alert.AlertState;
import org.iocconsole.sync.alert.Severity;

/**
 * The latest alerts the alert rules (or the province's notices) raised, newest first, for the wall's ticker and alerts view; tells listeners of
 * each open critical alert, which the wall answers by showing the alert's view for a while. FX thread only.
 */
public final class AlertFeed {
    /** How many alerts the ticker keeps. */
    static final int KEPT = 20;

    private static final Map<AlertKind, Screen> VIEWS = Map.of(
            AlertKind.INDICATOR, Screen.OVERVIEW,
            AlertKind.OVERDUE_REPORTS, Screen.REPORTS,
            AlertKind.CAMERAS_OFFLINE_SHARE, Screen.CAMERAS,
            AlertKind.SOURCE_STALE, Screen.DATA_SYNC);

    private final ObservableList<Alert> latest = FXCollections.observableArrayList();
    // One wrapper for every caller: a wrapper listens to the list weakly, so a listener added to a wrapper nobody
    // keeps would stop hearing of alerts at the next garbage collection.
    private final ObservableList<Alert> readOnlyLatest = FXCollections.unmodifiableObservableList(latest);
    private final List<Consumer<Alert>> criticalListeners = new ArrayList<>();

    /** The alert rules raised (or reopened) these alerts just now. */
    public void raised(List<Alert> alerts) {
        List<Alert> next = new ArrayList<>(alerts);
        latest.stream()
                .filter(old -> next.stream().noneMatch(a -> a.alertId().equals(old.alertId())))
                .forEach(next::add);
        latest.setAll(next.subList(0, Math.min(KEPT, next.size())));
        for (Alert alert : alerts) {
            if (alert.severity() == Severity.CRITICAL && alert.state() == AlertState.OPEN) {
                criticalListeners.forEach(listener -> listener.accept(alert));
            }
        }
    }

    /** The latest alerts, newest first. */
    public ObservableList<Alert> latest() {
        return readOnlyLatest;
    }

    /** Called with each open critical alert as it is raised. */
    public void onCritical(Consumer<Alert> listener) {
        criticalListeners.add(listener);
    }

    /** The view that shows what an alert is about. */
    public static Screen viewOf(Alert alert) {
        return VIEWS.getOrDefault(alert.kind(), Screen.ALERTS);
    }
}
