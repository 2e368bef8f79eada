package org.iocconsole.console.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
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
    private ScenarioDraft draft;

    public ScenarioEditorViewModel(ScenarioDraft draft, I18n i18n, Executor background, Executor fx) {
        this.draft = draft;
        this.i18n = i18n;
        this.background = background;
        this.fx = fx;
        events.setAll(draft.events());
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
