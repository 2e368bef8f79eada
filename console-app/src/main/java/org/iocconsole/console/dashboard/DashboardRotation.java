package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.WallRotation;

/**
 * A node that shows a role's dashboards in turn, each for its dwell time ({@link WallRotation}), starting when the
 * dashboards are first read. Each dashboard's view is made once and kept while the dashboard exists; a dashboard
 * saved or deleted while it runs joins or leaves at the next turn. FX thread only.
 */
public final class DashboardRotation {
    private final Supplier<List<DashboardLayout>> layouts;
    private final Function<String, Parent> views;
    private final Consumer<Parent> dropped;
    private final I18n i18n;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final StackPane root = new StackPane();
    private final Map<String, Parent> made = new HashMap<>();
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown");
    private WallRotation rotation;
    private List<DashboardLayout> pending;
    private long shownTurn = Long.MIN_VALUE;

    /**
     * @param layouts reads the dashboards in rotation order; blocking, run on {@code background}
     * @param views makes the view of a dashboard by its id
     * @param dropped takes the view of a dashboard that is gone, for good
     */
    DashboardRotation(
            Supplier<List<DashboardLayout>> layouts,
            Function<String, Parent> views,
            Consumer<Parent> dropped,
            I18n i18n,
            Clock clock,
            Executor background,
            Executor fx) {
        this.layouts = layouts;
        this.views = views;
        this.dropped = dropped;
        this.i18n = i18n;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        root.getStyleClass().add("dashboard-rotation");
    }

    /** Reads the dashboards and starts the rotation with the first. */
    public void start() {
        read(true);
    }

    /**
     * Reads the dashboards again (one was saved or deleted): the new list takes over at the next turn, carrying on
     * with the dashboard that turn brings; at once while none is shown.
     */
    public void reload() {
        read(false);
    }

    private void read(boolean restart) {
        background.execute(() -> {
            List<DashboardLayout> read = layouts.get();
            fx.execute(() -> {
                if (restart || rotation == null || rotation.dashboards().isEmpty()) {
                    rotation = new WallRotation(read, clock.instant());
                    pending = null;
                    shownTurn = Long.MIN_VALUE;
                    keepOnly(ids(read));
                } else {
                    pending = read;
                }
                tick();
            });
        });
    }

    /** Shows the dashboard due at the clock's time; at a turn, takes up the dashboards read again, if any. */
    public void tick() {
        if (rotation == null) {
            return;
        }
        Instant now = clock.instant();
        long turn = rotation.turnAt(now);
        if (pending != null && turn != shownTurn) {
            takeUp(pending, now);
            turn = rotation.turnAt(now);
        }
        shownTurn = turn;
        DashboardLayout due = rotation.at(now);
        String id = due == null ? null : due.id();
        if (id != null && id.equals(shown.get()) && !root.getChildren().isEmpty()) {
            return;
        }
        shown.set(id);
        if (id == null) {
            Label none = new Label(i18n.get("dashboard.view.none"));
            none.setId("dashboard-name");
            root.getChildren().setAll(none);
            return;
        }
        root.getChildren().setAll(made.computeIfAbsent(id, views));
    }

    /** Goes on with the dashboard the old rotation would show now, or the one after the last shown when it is gone. */
    private void takeUp(List<DashboardLayout> next, Instant now) {
        List<String> ids = ids(next);
        DashboardLayout due = rotation.at(now);
        int index = due == null ? -1 : ids.indexOf(due.id());
        if (index < 0) {
            int last = ids.indexOf(shown.get());
            index = last < 0 || next.isEmpty() ? 0 : (last + 1) % next.size();
        }
        rotation = WallRotation.from(next, index, now);
        pending = null;
        keepOnly(ids);
    }

    /** Drops the views of the dashboards that are not among {@code ids}. */
    private void keepOnly(List<String> ids) {
        made.entrySet().removeIf(entry -> {
            if (ids.contains(entry.getKey())) {
                return false;
            }
            dropped.accept(entry.getValue());
            return true;
        });
    }

    private static List<String> ids(List<DashboardLayout> layouts) {
        return layouts.stream().map(DashboardLayout::id).toList();
    }

    /** The id of the dashboard shown; null when there is none. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Parent root() {
        return root;
    }
}
