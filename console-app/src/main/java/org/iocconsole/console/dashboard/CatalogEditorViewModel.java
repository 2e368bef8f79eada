package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.sync.kpi.IndicatorEdit;
import org.iocconsole.sync.kpi.IndicatorSettings;
import org.iocconsole.sync.model.Indicator;

/**
 * Editing the indicator catalog locally: names in Vietnamese and English, unit, direction, target, warning and
 * critical levels. The form holds the values in use; a value equal to the synced one is no local edit, so the entry
 * follows the source again for it. Local edits live apart from the synced entries and survive every sync. Reads and
 * writes run off the FX thread; everything else is FX thread only.
 */
public final class CatalogEditorViewModel {
    /** An indicator as synced, and its local values. */
    public record Row(Indicator synced, IndicatorEdit local) {
        public boolean edited() {
            return !local.isEmpty();
        }
    }

    private final IndicatorSettings settings;
    private final Clock clock;
    private final String actor;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty nameVi = new SimpleStringProperty(this, "nameVi", "");
    private final StringProperty nameEn = new SimpleStringProperty(this, "nameEn", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final ObjectProperty<Indicator.Direction> direction = new SimpleObjectProperty<>(this, "direction");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty warning = new SimpleStringProperty(this, "warning", "");
    private final StringProperty critical = new SimpleStringProperty(this, "critical", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public CatalogEditorViewModel(
            IndicatorSettings settings, Clock clock, String actor, Executor background, Executor fx) {
        this.settings = settings;
        this.clock = clock;
        this.actor = actor;
        this.background = background;
        this.fx = fx;
        selected.addListener((o, old, now) -> fill(now));
    }

    /** Reads the catalog and its local edits. */
    public void start() {
        String keep = selected.get() == null ? null : selected.get().synced().code();
        background.execute(() -> {
            List<Row> read = new ArrayList<>();
            for (Indicator indicator : settings.synced()) {
                read.add(new Row(indicator, settings.edit(indicator.code())));
            }
            fx.execute(() -> {
                rows.setAll(read);
                read.stream()
                        .filter(r -> r.synced().code().equals(keep))
                        .findFirst()
                        .ifPresent(selected::set);
            });
        });
    }

    /** Opens an indicator in the form. */
    public void select(Row row) {
        message.set("");
        selected.set(row);
    }

    private void fill(Row row) {
        if (row == null) {
            return;
        }
        Indicator used = row.local().over(row.synced());
        nameVi.set(used.nameVi());
        nameEn.set(used.nameEn() == null ? "" : used.nameEn());
        unit.set(used.unit() == null ? "" : used.unit());
        direction.set(used.direction());
        target.set(number(used.target()));
        warning.set(number(used.warning()));
        critical.set(number(used.critical()));
    }

    /** Saves the form's values as the selected indicator's local edits, or tells why they cannot be. */
    public void save() {
        Row row = selected.get();
        if (row == null) {
            message.set("catalog.pick");
            return;
        }
        Indicator synced = row.synced();
        Double[] levels = new Double[3];
        String[] texts = {target.get(), warning.get(), critical.get()};
        for (int i = 0; i < 3; i++) {
            try {
                levels[i] = parse(texts[i]);
            } catch (NumberFormatException e) {
                message.set("catalog.problem.number");
                return;
            }
        }
        IndicatorEdit edit = new IndicatorEdit(
                synced.code(),
                local(nameVi.get().trim(), synced.nameVi()),
                local(blankToNull(nameEn.get()), synced.nameEn()),
                local(blankToNull(unit.get()), synced.unit()),
                local(direction.get(), synced.direction()),
                local(levels[0], synced.target()),
                local(levels[1], synced.warning()),
                local(levels[2], synced.critical()));
        if (nameVi.get().isBlank()) {
            message.set("catalog.problem.name");
            return;
        }
        List<String> problems = edit.problems(synced);
        if (!problems.isEmpty()) {
            message.set(problems.get(0));
            return;
        }
        write(() -> settings.save(edit, synced, actor, clock.instant()), "catalog.saved");
    }

    /** Drops the selected indicator's local edits: the synced values apply again. */
    public void revert() {
        Row row = selected.get();
        if (row != null) {
            write(() -> settings.clear(row.synced().code(), actor, clock.instant()), "catalog.reverted");
        }
    }

    private void write(Runnable change, String done) {
        background.execute(() -> {
            String outcome = done;
            try {
                change.run();
            } catch (RuntimeException e) {
                outcome = "catalog.failed";
            }
            String result = outcome;
            fx.execute(() -> {
                message.set(result);
                start();
            });
        });
    }

    /** Null (follow the source) when the value is the synced one. */
    private static <T> T local(T value, T synced) {
        return Objects.equals(value, synced) ? null : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A number typed either way ("1.234,5" or "1234.5"); blank is none. */
    static Double parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.trim().replace(" ", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        double value = Double.parseDouble(plain);
        if (!Double.isFinite(value)) {
            throw new NumberFormatException(text);
        }
        return value;
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString(value.longValue())
                : Double.toString(value);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty nameViProperty() {
        return nameVi;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObjectProperty<Indicator.Direction> directionProperty() {
        return direction;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public StringProperty criticalProperty() {
        return critical;
    }

    /** A message key about the last action; empty for none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
