package org.iocconsole.console.workspace.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.workspace.layout.DashboardPick;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.ScreenPlan;
import org.iocconsole.console.workspace.layout.ScreenSlot;
import org.iocconsole.console.workspace.layout.WorkspaceFiles;
import org.iocconsole.console.workspace.layout.WorkspaceLayout;

/**
 * The layout editor: the monitors as they are arranged, a choice per monitor, and saving the result to the role's
 * file for this machine (off the FX thread). A monitor the layout has no slot for starts with the overview; slots
 * beyond the monitors there are now are kept, so a layout made with a monitor unplugged loses nothing. FX thread
 * only.
 */
public final class LayoutEditorViewModel {
    /** The shortest dwell the editor saves: a view must be readable before it moves on. */
    static final int MIN_DWELL_SECONDS = 5;

    private final WorkspaceLayout current;
    private final List<MonitorChoice> monitors = new ArrayList<>();
    private final WorkspaceFiles files;
    private final Path file;
    private final BooleanSupplier mayEdit;
    private final Executor background;
    private final Executor fx;
    private final Consumer<WorkspaceLayout> saved;
    private final I18n i18n;
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObservableList<String> cameraLayoutNames = FXCollections.observableArrayList();
    private final ObservableList<DashboardPick> dashboards = FXCollections.observableArrayList();
    private final Map<DashboardPick, String> dashboardNames = new HashMap<>();

    /**
     * @param mayEdit whether the role may save layouts
     * @param saved told of the layout once it is saved, on the FX thread (the wall uses it at once)
     */
    public LayoutEditorViewModel(
            WorkspaceLayout current,
            List<DisplayArea> displays,
            WorkspaceFiles files,
            Path file,
            BooleanSupplier mayEdit,
            I18n i18n,
            Executor background,
            Executor fx,
            Consumer<WorkspaceLayout> saved) {
        this.current = current;
        this.files = files;
        this.file = file;
        this.mayEdit = mayEdit;
        this.i18n = i18n;
        this.background = background;
        this.fx = fx;
        this.saved = saved;
        List<DisplayArea> ordered = ScreenPlan.readingOrder(displays);
        for (int i = 0; i < ordered.size(); i++) {
            ScreenSlot slot = i < current.screens().size()
                    ? current.screens().get(i)
                    : ScreenSlot.of(org.iocconsole.console.workspace.Screen.OVERVIEW);
            monitors.add(new MonitorChoice(ordered.get(i), slot));
        }
    }

    /** The monitors in reading order, each with its choice. */
    public List<MonitorChoice> monitors() {
        return monitors;
    }

    /** The names of the saved camera layouts a monitor's camera wall may open; filled by whoever read them. */
    public ObservableList<String> cameraLayoutNames() {
        return cameraLayoutNames;
    }

    /**
     * Offers saved dashboards, and roles' rotations through them, for the monitors; a monitor's current pick stays
     * offered even when it names a dashboard that is not saved (yet).
     *
     * @param names each pick with the name to show for it, in the order to offer them
     */
    public void offerDashboards(Map<DashboardPick, String> names) {
        dashboardNames.clear();
        dashboardNames.putAll(names);
        List<DashboardPick> offered = new ArrayList<>(names.keySet());
        for (MonitorChoice monitor : monitors) {
            DashboardPick picked = monitor.dashboardProperty().get();
            if (picked != null && !offered.contains(picked)) {
                offered.add(picked);
            }
        }
        dashboards.setAll(offered);
    }

    /** The dashboards a monitor may show, once offered. */
    public ObservableList<DashboardPick> dashboards() {
        return dashboards;
    }

    /** The name to show for a pick: its saved name, or its id or role when nothing is saved under it. */
    public String dashboardName(DashboardPick pick) {
        String name = dashboardNames.get(pick);
        if (name != null) {
            return name;
        }
        return pick.ofRole() ? i18n.get("dash.pick.role", pick.key()) : i18n.get("dash.pick.missing", pick.key());
    }

    /** Whether saving is allowed for this role. */
    public boolean mayEdit() {
        return mayEdit.getAsBoolean();
    }

    /** What happened to the last save, or why it cannot. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The layout as chosen now. */
    public WorkspaceLayout layout() {
        List<ScreenSlot> slots = new ArrayList<>();
        for (MonitorChoice monitor : monitors) {
            ScreenSlot slot = monitor.slot(MIN_DWELL_SECONDS);
            if (slot != null) {
                slots.add(slot);
            }
        }
        // Slots of monitors that are unplugged now stay in the layout.
        slots.addAll(current.screens()
                .subList(
                        Math.min(monitors.size(), current.screens().size()),
                        current.screens().size()));
        if (slots.isEmpty()) {
            return current;
        }
        return new WorkspaceLayout(current.name(), current.mode(), slots, current.schedule());
    }

    /** Saves the chosen layout off the FX thread, then reports and hands it on. */
    public void save() {
        if (!mayEdit()) {
            status.set(i18n.get("workspace.editor.forbidden"));
            return;
        }
        WorkspaceLayout chosen = layout();
        background.execute(() -> {
            try {
                files.save(file, chosen);
                fx.execute(() -> {
                    status.set(i18n.get("workspace.editor.saved", file.toString()));
                    saved.accept(chosen);
                });
            } catch (java.io.IOException | RuntimeException e) {
                fx.execute(() -> status.set(i18n.get("workspace.editor.failed", String.valueOf(e.getMessage()))));
            }
        });
    }
}
