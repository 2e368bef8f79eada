package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
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
 * dashboards are first read. Each dashboard's view is made once and kept. FX thread only.
 */
public final class DashboardRotation {
    private final Supplier<List<DashboardLayout>> layouts;
    private final Function<String, Parent> views;
    private final I18n i18n;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final StackPane root = new StackPane();
    private final Map<String, Parent> made = new HashMap<>();
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown");
    private WallRotation rotation;

    /**
     * @param layouts reads the dashboards in rotation order; blocking, run on {@code background}
     * @param views makes the view of a dashboard by its id
     */
    DashboardRotation(
            Supplier<List<DashboardLayout>> layouts,
            Function<String, Parent> views,
            I18n i18n,
            Clock clock,
            Executor background,
            Executor fx) {
        this.layouts = layouts;
        this.views = views;
        this.i18n = i18n;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        root.getStyleClass().add("dashboard-rotation");
    }

    /** Reads the dashboards again (after one was saved); the rotation starts over. */
    public void start() {
        background.execute(() -> {
            List<DashboardLayout> read = layouts.get();
            fx.execute(() -> {
                rotation = new WallRotation(read, clock.instant());
                made.clear();
                tick();
            });
        });
    }

    /** Shows the dashboard due at the clock's time. */
    public void tick() {
        DashboardLayout due = rotation == null ? null : rotation.at(clock.instant());
        String id = due == null ? null : due.id();
        if (id != null && id.equals(shown.get())) {
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

    /** The id of the dashboard shown; null when there is none. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Parent root() {
        return root;
    }
}
