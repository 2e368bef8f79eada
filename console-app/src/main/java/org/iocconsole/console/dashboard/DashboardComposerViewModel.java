package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.sync.dashboard.DashboardItem;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.DashboardStore;
import org.iocconsole.sync.dashboard.Widget;
import org.iocconsole.sync.kpi.CatalogEntry;

/**
 * Composing a dashboard: its name, role and dwell time, and its cells (an indicator as a widget) added, removed,
 * moved and resized on the grid; saved for the role. A move or resize that would leave the grid or cover another
 * cell is refused with a message. Reads and writes run off the FX thread; everything else is FX thread only.
 */
public final class DashboardComposerViewModel {
    /** Roles a dashboard can be saved for: the console's roles, and wall screens. */
    public static final List<String> ROLES = List.of("operator", "leader", "trainer", "wall");

    private final DashboardStore store;
    private final Supplier<List<CatalogEntry>> catalog;
    private final Clock clock;
    private final String actor;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<DashboardLayout> saved = FXCollections.observableArrayList();
    private final ObservableList<CatalogEntry> indicators = FXCollections.observableArrayList();
    private final ObservableList<DashboardItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<DashboardItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "leader");
    private final IntegerProperty dwellSeconds = new SimpleIntegerProperty(this, "dwellSeconds", 60);
    private final StringProperty indicator = new SimpleStringProperty(this, "indicator");
    private final ObjectProperty<Widget> widget = new SimpleObjectProperty<>(this, "widget", Widget.TILE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private String id;
    private int position = 1;

    /**
     * @param catalog the indicators to choose from; blocking, run on {@code background}
     * @param actor who saves, for the record
     */
    public DashboardComposerViewModel(
            DashboardStore store,
            Supplier<List<CatalogEntry>> catalog,
            Clock clock,
            String actor,
            Executor background,
            Executor fx) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.actor = actor;
        this.background = background;
        this.fx = fx;
    }

    /** Reads the saved dashboards and the catalog. */
    public void start() {
        background.execute(() -> {
            List<DashboardLayout> layouts = store.all();
            List<CatalogEntry> entries = catalog.get();
            fx.execute(() -> {
                saved.setAll(layouts);
                indicators.setAll(entries);
                if (indicator.get() == null && !entries.isEmpty()) {
                    indicator.set(entries.get(0).code());
                }
            });
        });
    }

    /** Starts a new, empty dashboard. */
    public void newDashboard() {
        id = null;
        position = saved.size() + 1;
        name.set("");
        items.clear();
        selected.set(null);
        message.set("");
    }

    /** Opens a saved dashboard for editing. */
    public void open(DashboardLayout layout) {
        id = layout.id();
        position = layout.position();
        name.set(layout.name());
        role.set(layout.role());
        dwellSeconds.set((int) layout.dwell().toSeconds());
        items.setAll(layout.items());
        selected.set(null);
        message.set("");
    }

    /** Adds the chosen indicator as the chosen widget at the first free place of the grid. */
    public void add() {
        if (indicator.get() == null) {
            message.set("dashboard.compose.pick");
            return;
        }
        Widget kind = widget.get();
        int width = kind == Widget.TILE ? 2 : 3;
        int height = kind == Widget.TILE ? 1 : 2;
        for (int row = 0; ; row++) {
            for (int column = 0; column + width <= DashboardLayout.COLUMNS; column++) {
                DashboardItem item = new DashboardItem(indicator.get(), kind, column, row, width, height);
                if (free(item, null)) {
                    items.add(item);
                    selected.set(item);
                    message.set("");
                    return;
                }
            }
        }
    }

    public void removeSelected() {
        DashboardItem item = selected.get();
        if (item != null) {
            items.remove(item);
            selected.set(null);
        }
    }

    /** Moves the selected cell by whole cells; refused when it would leave the grid or cover another cell. */
    public void move(int columns, int rows) {
        DashboardItem item = selected.get();
        if (item != null) {
            replace(item, item.movedTo(item.column() + columns, item.row() + rows));
        }
    }

    /** Grows or shrinks the selected cell; refused when it would leave the grid, cover another cell or vanish. */
    public void resize(int columns, int rows) {
        DashboardItem item = selected.get();
        if (item != null) {
            replace(item, item.resizedTo(item.width() + columns, item.height() + rows));
        }
    }

    private void replace(DashboardItem old, DashboardItem now) {
        if (!now.fitsGrid() || !free(now, old)) {
            message.set("dashboard.compose.blocked");
            return;
        }
        items.set(items.indexOf(old), now);
        selected.set(now);
        message.set("");
    }

    private boolean free(DashboardItem candidate, DashboardItem ignored) {
        return items.stream().filter(i -> i != ignored).noneMatch(candidate::overlaps);
    }

    /** The dashboard as composed so far. */
    public DashboardLayout layout() {
        return new DashboardLayout(
                id == null ? "" : id,
                role.get() == null ? "" : role.get(),
                name.get() == null ? "" : name.get().trim(),
                new ArrayList<>(items),
                Duration.ofSeconds(Math.max(1, dwellSeconds.get())),
                position);
    }

    /** Saves the dashboard for its role, or tells why it cannot be saved. */
    public void save() {
        if (dwellSeconds.get() < 5) {
            message.set("dashboard.compose.dwell-short");
            return;
        }
        DashboardLayout draft = layout();
        if (!draft.problems().isEmpty()) {
            message.set(draft.problems().get(0));
            return;
        }
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        DashboardLayout layout = layout();
        message.set("dashboard.compose.saving");
        background.execute(() -> {
            String outcome;
            List<DashboardLayout> layouts = null;
            try {
                store.save(layout, actor, clock.instant());
                layouts = store.all();
                outcome = "dashboard.compose.saved";
            } catch (RuntimeException e) {
                outcome = "dashboard.compose.failed";
            }
            String result = outcome;
            List<DashboardLayout> all = layouts;
            fx.execute(() -> {
                if (all != null) {
                    saved.setAll(all);
                }
                message.set(result);
            });
        });
    }

    /** Deletes the dashboard open for editing, then starts a new one. */
    public void delete() {
        String gone = id;
        newDashboard();
        if (gone == null) {
            return;
        }
        background.execute(() -> {
            store.delete(gone);
            List<DashboardLayout> all = store.all();
            fx.execute(() -> saved.setAll(all));
        });
    }

    public ObservableList<DashboardLayout> saved() {
        return saved;
    }

    public ObservableList<CatalogEntry> indicators() {
        return indicators;
    }

    public ObservableList<DashboardItem> items() {
        return items;
    }

    public ObjectProperty<DashboardItem> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public IntegerProperty dwellSecondsProperty() {
        return dwellSeconds;
    }

    /** The indicator the next added cell shows. */
    public StringProperty indicatorProperty() {
        return indicator;
    }

    /** The widget the next added cell is. */
    public ObjectProperty<Widget> widgetProperty() {
        return widget;
    }

    /** A message key about the last action (why it was refused, or that it was saved); empty for none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
