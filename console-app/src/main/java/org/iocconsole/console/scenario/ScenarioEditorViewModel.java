package org.iocconsole.console.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.scenario.ScenarioDraft;
import org.iocconsole.sync.scenario.ScenarioLoader;
import org.iocconsole.sync.scenario.ScenarioWriter;

/**
 * The scenario editor: the events of a scenario as rows to add, remove and edit (time, type, fields), located events
 * placed by a click on the map, checked with the loader's located messages and saved as the YAML the player loads.
 * Checking and saving run off the FX thread. Properties: FX thread only.
 */
public final class ScenarioEditorViewModel {
    private final I18n i18n;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<ScenarioDraft.Event> events = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final BooleanProperty drawing = new SimpleBooleanProperty(this, "drawing");
    private final ObjectProperty<List<double[]>> outlines = new SimpleObjectProperty<>(this, "outlines", List.of());
    private ScenarioDraft draft;

    public ScenarioEditorViewModel(ScenarioDraft draft, I18n i18n, Executor background, Executor fx) {
        this.draft = draft;
        this.i18n = i18n;
        this.background = background;
        this.fx = fx;
        events.setAll(draft.events());
        // Another event selected: its outline, if it is an area, is finished until cleared.
        selected.addListener((o, was, now) -> drawing.set(false));
    }

    /** The events as edited, in the order they will be written. */
    public ObservableList<ScenarioDraft.Event> events() {
        return events;
    }

    /** Adds an event of {@code type} at {@code at} after the others. */
    public void add(String at, String type) {
        events.add(new ScenarioDraft.Event(at, type, java.util.Map.of(), List.of()));
    }

    public void remove(int index) {
        int chosen = selected.get();
        // The selection follows its event, or goes when its event does.
        selected.set(chosen == index ? -1 : chosen > index ? chosen - 1 : chosen);
        events.remove(index);
    }

    public void setAt(int index, String at) {
        ScenarioDraft.Event e = events.get(index);
        events.set(index, new ScenarioDraft.Event(at.strip(), e.type(), e.fields(), e.polygon()));
    }

    public void setType(int index, String type) {
        ScenarioDraft.Event e = events.get(index);
        events.set(index, new ScenarioDraft.Event(e.at(), type, e.fields(), e.polygon()));
    }

    /** Sets a field ({@code title.vi} for a bilingual one); a blank value removes it. */
    public void setField(int index, String field, String value) {
        events.set(index, events.get(index).with(field, value));
    }

    /**
     * Places the event where the map was clicked: an area gets another corner, any other event its {@code lat} and
     * {@code lon}.
     */
    public void placeAt(int index, double lon, double lat) {
        ScenarioDraft.Event e = events.get(index);
        if ("area".equals(e.type())) {
            List<double[]> corners = new ArrayList<>(e.polygon());
            corners.add(new double[] {lon, lat});
            events.set(index, new ScenarioDraft.Event(e.at(), e.type(), e.fields(), corners));
        } else {
            events.set(
                    index,
                    e.with("lat", String.format(Locale.ROOT, "%.5f", lat))
                            .with("lon", String.format(Locale.ROOT, "%.5f", lon)));
        }
    }

    /** Removes an area's corners, to draw it again. */
    public void clearPolygon(int index) {
        ScenarioDraft.Event e = events.get(index);
        events.set(index, new ScenarioDraft.Event(e.at(), e.type(), e.fields(), List.of()));
    }

    /** The event the map places: the table's selection, or -1. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Whether clicks add corners to the selected area (until {@link #finishArea()}). */
    public ReadOnlyBooleanProperty drawingProperty() {
        return drawing;
    }

    /** The communes' outlines under the map (flat lon, lat arrays); empty until loaded. */
    public ReadOnlyObjectProperty<List<double[]>> outlinesProperty() {
        return outlines;
    }

    /** Reads the outlines under the map off the FX thread. */
    public void loadOutlines(Supplier<List<double[]>> read) {
        background.execute(() -> {
            List<double[]> rings = List.copyOf(read.get());
            fx.execute(() -> outlines.set(rings));
        });
    }

    /**
     * A click on the map at {@code lon, lat}: a report moves there; an area gets another corner, or starts a new
     * outline after one was finished; other events have no place and say so.
     */
    public void mapClicked(double lon, double lat) {
        int index = selected.get();
        if (index < 0 || index >= events.size()) {
            message.set(i18n.get("trainer.editor.map.select-first"));
            return;
        }
        ScenarioDraft.Event e = events.get(index);
        switch (e.type()) {
            case "area" -> {
                if (!drawing.get()) {
                    clearPolygon(index);
                    drawing.set(true);
                }
                placeAt(index, lon, lat);
                message.set(i18n.get(
                        "trainer.editor.map.corners",
                        events.get(index).polygon().size()));
            }
            case "report" -> {
                placeAt(index, lon, lat);
                message.set(i18n.get(
                        "trainer.editor.map.placed",
                        String.format(Locale.ROOT, "%.5f", lat),
                        String.format(Locale.ROOT, "%.5f", lon)));
            }
            default -> message.set(i18n.get("trainer.editor.map.no-place", e.type()));
        }
    }

    /** Ends the selected area's outline; fewer than three corners are refused with a message and drawing goes on. */
    public void finishArea() {
        int index = selectedArea();
        if (index < 0) {
            return;
        }
        int corners = events.get(index).polygon().size();
        if (corners < 3) {
            message.set(i18n.get("trainer.editor.map.too-few", corners));
            return;
        }
        drawing.set(false);
        message.set(i18n.get("trainer.editor.map.finished", corners));
    }

    /** Removes the selected area's corners; the next clicks draw it again. */
    public void clearArea() {
        int index = selectedArea();
        if (index < 0) {
            return;
        }
        clearPolygon(index);
        drawing.set(true);
        message.set(i18n.get("trainer.editor.map.corners", 0));
    }

    /** The index of the selected event when it is an area; else -1, and the message asks for one. */
    private int selectedArea() {
        int index = selected.get();
        if (index < 0
                || index >= events.size()
                || !"area".equals(events.get(index).type())) {
            message.set(i18n.get("trainer.editor.map.select-area"));
            return -1;
        }
        return index;
    }

    /** The scenario as it would be saved. */
    public String yaml() {
        draft = draft.withEvents(List.copyOf(events));
        return ScenarioWriter.yaml(draft);
    }

    /** Checks the scenario; the message lists each problem with its line and field, or says it is valid. */
    public void validate(String fileName) {
        String text = yaml();
        background.execute(() -> {
            String result = check(text, fileName);
            fx.execute(() -> message.set(result == null ? i18n.get("trainer.editor.valid") : result));
        });
    }

    /** Checks the scenario and, only when it is valid, writes it to {@code file}; a wrong one is not written. */
    public void save(Path file) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        String text = yaml();
        background.execute(() -> {
            String problems = check(text, name);
            String result;
            if (problems != null) {
                result = problems;
            } else {
                try {
                    Files.writeString(file, text);
                    result = i18n.get("trainer.editor.saved", name);
                } catch (IOException e) {
                    result = i18n.get("trainer.editor.not-saved", name, String.valueOf(e.getMessage()));
                }
            }
            String shown = result;
            fx.execute(() -> message.set(shown));
        });
    }

    /** The outcome of the last check or save. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    private static String check(String text, String fileName) {
        try {
            ScenarioLoader.parse(text, fileName);
            return null;
        } catch (ConfigException e) {
            return e.getMessage();
        }
    }
}
