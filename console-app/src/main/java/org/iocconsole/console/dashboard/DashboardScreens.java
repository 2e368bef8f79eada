package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;

/**
 * Makes the views of saved dashboards, for the overview, a wall screen or any window: one dashboard by its id, or the
 * rotation through a role's dashboards. Each view follows syncs through {@code subscribe}, and every view and
 * rotation made here reads again when a dashboard is saved or deleted, without a restart. A view's model is released
 * (it reads no more) when the window showing it closes, when its rotation drops it and at {@link #close()}. FX thread
 * only.
 */
public final class DashboardScreens {
    private final DashboardServices services;
    private final I18n i18n;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    // Sync threads pass change events through it while the FX thread adds and releases views.
    private final List<Made> shown = new CopyOnWriteArrayList<>();
    private final List<DashboardRotation> rotations = new ArrayList<>();

    /** A view made here and its model; {@code showing} follows the window it is in, and stays reachable with it. */
    private record Made(Parent view, DashboardViewModel model, ObservableValue<Boolean> showing) {}

    /** @param subscribe registers the listener that passes the sync's change events on to the views made here */
    public DashboardScreens(
            DashboardServices services,
            I18n i18n,
            Clock clock,
            Executor background,
            Executor fx,
            Consumer<ChangeListener> subscribe) {
        this.services = services;
        this.i18n = i18n;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        subscribe.accept(this::changed);
        services.dashboards().onChange(id -> fx.execute(this::dashboardsChanged));
    }

    /** The dashboard saved under {@code dashboardId}, with its name; "no dashboard" when there is none. */
    public Parent view(String dashboardId) {
        return make(() -> services.dashboards().find(dashboardId).orElse(null), () -> i18n.get("dashboard.view.none"));
    }

    /**
     * The dashboard a wall screen's layout names; while none is saved under {@code dashboardId} the screen says so,
     * naming it, and shows it as soon as it is saved.
     */
    public Parent named(String dashboardId) {
        return make(
                () -> services.dashboards().find(dashboardId).orElse(null),
                () -> i18n.get("dash.missing", dashboardId));
    }

    /** The first dashboard saved for {@code role}: the one its overview shows. */
    public Parent firstOf(String role) {
        return make(() -> services.dashboards().firstForRole(role).orElse(null), () -> i18n.get("dashboard.view.none"));
    }

    private Parent make(Supplier<DashboardLayout> layout, Supplier<String> none) {
        DashboardViewModel vm = new DashboardViewModel(layout, services::load, clock, background, fx);
        vm.start();
        Parent view = new DashboardView(vm, i18n, clock.getZone(), none).root();
        ObservableValue<Boolean> showing = view.sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
        // A view taken out of its window (a rotation's next turn) is kept; its window closing while it is in it is not.
        showing.addListener((o, was, now) -> {
            if (was && !now && view.getScene() != null) {
                release(view);
            }
        });
        shown.add(new Made(view, vm, showing));
        return view;
    }

    /** Stops the model of a view made here from reading again; the view keeps what it shows. */
    private void release(Parent view) {
        shown.removeIf(made -> {
            if (made.view() != view) {
                return false;
            }
            made.model().release();
            return true;
        });
    }

    /** Releases every view and rotation made here: the console closes or the user signs out. */
    public void close() {
        shown.forEach(made -> made.model().release());
        shown.clear();
        rotations.clear();
    }

    /**
     * The dashboards of {@code role} in turn, each for its own dwell time, in one node (a wall screen or a single
     * window). Rotations move on with {@link #tick()}, about once a second.
     */
    public DashboardRotation rotation(String role) {
        DashboardRotation rotation = new DashboardRotation(
                () -> services.dashboards().forRole(role), this::view, this::release, i18n, clock, background, fx);
        rotations.add(rotation);
        rotation.start();
        return rotation;
    }

    /** Every saved dashboard, by role and rotation order: what a layout may name. Blocking, call off the FX thread. */
    public List<DashboardLayout> saved() {
        return services.dashboards().all();
    }

    /** Moves every rotation made here on to what the clock says. */
    public void tick() {
        rotations.forEach(DashboardRotation::tick);
    }

    private void dashboardsChanged() {
        shown.forEach(made -> made.model().refresh());
        rotations.forEach(DashboardRotation::reload);
    }

    private void changed(ChangeEvent event) {
        shown.forEach(made -> made.model().onChange(event));
    }
}
