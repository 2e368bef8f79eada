package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Parent;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.engine.ChangeListener;

/**
 * Makes the views of saved dashboards, for the overview, a wall screen or any window: one dashboard by its id, or the
 * rotation through a role's dashboards. Each view follows syncs through {@code subscribe}. FX thread only.
 */
public final class DashboardScreens {
    private final DashboardServices services;
    private final I18n i18n;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final Consumer<ChangeListener> subscribe;

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
    }

    /** The dashboard saved under {@code dashboardId}, with its name; "no dashboard" when there is none. */
    public Parent view(String dashboardId) {
        DashboardViewModel vm = new DashboardViewModel(
                () -> services.dashboards().find(dashboardId).orElse(null), services::load, clock, background, fx);
        subscribe.accept(vm);
        vm.start();
        return new DashboardView(vm, i18n, clock.getZone()).root();
    }

    /** The first dashboard saved for {@code role}: the one its overview shows. */
    public Parent firstOf(String role) {
        DashboardViewModel vm = new DashboardViewModel(
                () -> services.dashboards().firstForRole(role).orElse(null), services::load, clock, background, fx);
        subscribe.accept(vm);
        vm.start();
        return new DashboardView(vm, i18n, clock.getZone()).root();
    }

    /**
     * The dashboards of {@code role} in turn, each for its own dwell time, in one node (a wall screen or a single
     * window). The caller calls {@link DashboardRotation#tick()} periodically, about once a second.
     */
    public DashboardRotation rotation(String role) {
        DashboardRotation rotation = new DashboardRotation(
                () -> services.dashboards().forRole(role), this::view, i18n, clock, background, fx);
        rotation.start();
        return rotation;
    }
}
