package org.iocconsole.console.workspace.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.layout.DashboardPick;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.PlaylistItem;
import org.iocconsole.console.workspace.layout.ScreenSlot;

/**
 * What the editor lets the user choose for one monitor: the views it shows (one, or several in turn), a saved
 * dashboard or a role's dashboards in turn after them, the seconds each stays, a view for the night (or the same as
 * by day) and the saved camera layout its camera wall opens. FX thread only.
 */
public final class MonitorChoice {
    private final DisplayArea display;
    private final ObservableList<Screen> views = FXCollections.observableArrayList();
    private final IntegerProperty dwellSeconds = new SimpleIntegerProperty(this, "dwellSeconds", 30);
    private final ObjectProperty<Screen> night = new SimpleObjectProperty<>(this, "night");
    private final StringProperty cameraLayout = new SimpleStringProperty(this, "cameraLayout");
    private final ObjectProperty<DashboardPick> dashboard = new SimpleObjectProperty<>(this, "dashboard");

    MonitorChoice(DisplayArea display, ScreenSlot current) {
        this.display = display;
        views.setAll(current.day().stream()
                .filter(item -> item.dashboard() == null)
                .map(PlaylistItem::view)
                .toList());
        current.day().stream()
                .map(PlaylistItem::dashboard)
                .filter(pick -> pick != null)
                .findFirst()
                .ifPresent(dashboard::set);
        int dwell = current.dwellSeconds();
        dwellSeconds.set(dwell > 0 ? dwell : 30);
        night.set(current.night().isEmpty() ? null : current.night().get(0).view());
        cameraLayout.set(current.day().stream()
                .map(PlaylistItem::cameraLayout)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null));
    }

    /** The saved camera layout the monitor's camera wall opens, or null (blank) for the wall as left. */
    public StringProperty cameraLayoutProperty() {
        return cameraLayout;
    }

    public DisplayArea display() {
        return display;
    }

    /** The views shown in turn, in order; empty until the user picks one. */
    public ObservableList<Screen> views() {
        return views;
    }

    /** Seconds each view of a playlist stays. */
    public IntegerProperty dwellSecondsProperty() {
        return dwellSeconds;
    }

    /** The view shown at night, or null for the same as by day. */
    public ObjectProperty<Screen> nightProperty() {
        return night;
    }

    /** The saved dashboard shown after the views, or a role's dashboards in turn; null for none. */
    public ObjectProperty<DashboardPick> dashboardProperty() {
        return dashboard;
    }

    /** The slot chosen, or null when neither a view nor a dashboard is. */
    ScreenSlot slot(int minDwell) {
        int count = views.size() + (dashboard.get() == null ? 0 : 1);
        if (count == 0) {
            return null;
        }
        int dwell = count > 1 ? Math.max(minDwell, dwellSeconds.get()) : 0;
        String layout = cameraLayout.get() == null || cameraLayout.get().isBlank()
                ? null
                : cameraLayout.get().strip();
        List<PlaylistItem> day = new ArrayList<>(views.stream()
                .map(view -> new PlaylistItem(view, view == Screen.CAMERAS ? layout : null, dwell))
                .toList());
        if (dashboard.get() != null) {
            day.add(PlaylistItem.of(dashboard.get(), dwell));
        }
        List<PlaylistItem> nightItems = night.get() == null ? List.of() : List.of(new PlaylistItem(night.get(), 0));
        return new ScreenSlot(day, nightItems);
    }
}
