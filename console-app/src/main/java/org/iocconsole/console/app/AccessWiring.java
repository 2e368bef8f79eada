package org.iocconsole.console.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.scene.Parent;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.access.AccountMenu;
import org.iocconsole.console.access.AuditView;
import org.iocconsole.console.access.AuditViewModel;
import org.iocconsole.console.access.UserAdminView;
import org.iocconsole.console.access.UserAdminViewModel;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.map.TileSettings;
import org.iocconsole.console.map.TileSetup;
import org.iocconsole.console.travel.TravelView;
import org.iocconsole.console.travel.TravelViewModel;
import org.iocconsole.sync.access.LocalUsers;

/**
 * The account menu's part of the console: the windows of the local users, the audit log and the preparation for
 * travel, each made afresh when opened and gated by whoever signed in last. FX thread only.
 */
final class AccessWiring {
    private final I18n i18n;
    private final Clock clock;
    private final Path tileCache;
    private final Executor background;
    private final Executor fx;
    private AccessGate gate;
    private LocalUsers users;
    private ConsoleServices services;

    /** @param tileCache where the map's tiles are kept, which the travel preparation fills */
    AccessWiring(I18n i18n, Clock clock, Path tileCache, Executor background, Executor fx) {
        this.i18n = i18n;
        this.clock = clock;
        this.tileCache = tileCache;
        this.background = background;
        this.fx = fx;
    }

    /** The data side is open: the audit log and the travel preparation read from it. */
    void attach(ConsoleServices services) {
        this.services = services;
    }

    /**
     * The account menu of the user who just signed in.
     *
     * @param users the local users to manage, or null when this session offers none
     * @param signOut ends the session, or null when no login is asked for
     */
    AccountMenu menu(AccessGate gate, LocalUsers users, Runnable signOut) {
        this.gate = gate;
        this.users = users;
        return new AccountMenu(
                gate, i18n, users == null ? null : this::usersWindow, this::auditWindow, this::travelWindow, signOut);
    }

    private Parent usersWindow() {
        UserAdminViewModel vm = new UserAdminViewModel(users, gate, background, fx);
        vm.refresh();
        return (Parent) new UserAdminView(vm, i18n, clock).root();
    }

    private Parent auditWindow() {
        AuditViewModel vm = new AuditViewModel(services.auditLog(), gate, clock.getZone(), background, fx);
        vm.search();
        return (Parent) new AuditView(vm, gate, i18n, clock.getZone()).root();
    }

    private Parent travelWindow() {
        TravelViewModel vm = new TravelViewModel(
                () -> {
                    // Read where the map's tiles come from when the leader starts, off the FX thread.
                    TileSettings tiles = TileSettings.preferences().load();
                    return services.travelPreparation(new TileSetup(tileCache, clock).online(tiles), tiles.onlineUrl());
                },
                gate,
                background,
                fx);
        return (Parent) new TravelView(vm, gate, i18n).root();
    }
}
