package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.engine.ChangeListener;

/**
 * Makes the views of saved dashboards, for the overview, a wall screen or any window: one dashboard by its id, or the
 * rotation through a role's dashboards. Each view follows syncs through {@code subscribe}, and every view and
 * rotation made here reads again when a dashboard is saved or deleted, without a restart. FX thread only.
 */
public final class DashboardScreens {
    private final DashboardServices services;
    private final I18n i18n;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final Consumer<ChangeListener> subscribe;
    private final List<DashboardViewModel> shown = new ArrayList<>();
    private final List<DashboardRotation> rotations = new ArrayList<>();

    /** @param subscribe registers a view model for the sync's change events */
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
        this.subscribe = subscribe;
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
        subscribe.accept(vm);
        shown.add(vm);
        vm.start();
        return new DashboardView(vm, i18n, clock.getZone(), none).root();
    }

    /**
     * The dashboards of {@code role} in turn, each for its own dwell time, in one node (a wall screen or a single
     * window). Rotations move on with {@link #tick()}, about once a second.
     */
    public DashboardRotation rotation(String role) {
        DashboardRotation rotation = new DashboardRotation(
                () -> services.dashboards().forRole(role), this::view, i18n, clock, background, fx);
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
        shown.forEach(DashboardViewModel::refresh);
        rotations.forEach(DashboardRotation::reload);
    }
}
