package org.iocconsole.sync.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario being edited: the same parts as {@link Scenario}, but every event is plain text that may still be wrong.
 * {@link ScenarioWriter} writes it as the YAML of docs/scenarios.md, and {@link ScenarioLoader} checks it with the
 * usual located messages. Immutable.
 *
 * @param events in the order they are written
 */
public record ScenarioDraft(
        String id,
        Scenario.Texts title,
        Scenario.Texts description,
        String province,
        Instant start,
        Duration length,
        long seed,
        List<Event> events) {

    public ScenarioDraft {
        events = List.copyOf(events);
    }

    /**
     * One event as edited.
     *
     * @param at {@code HH:MM} or {@code HH:MM:SS} from the start, as typed
     * @param type the type's key ({@code report}, {@code area}, ...)
     * @param fields the type's fields by name, bilingual ones as {@code title.vi} and {@code title.en}
     * @param polygon an area's corners as {@code [lon, lat]}
     */
    public record Event(String at, String type, Map<String, String> fields, List<double[]> polygon) {
        public Event {
            fields = Map.copyOf(fields);
            polygon = List.copyOf(polygon);
        }

        /** The same event with one field set, or removed when {@code value} is blank. */
        public Event with(String field, String value) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            if (value == null || value.isBlank()) {
                changed.remove(field);
            } else {
                changed.put(field, value.strip());
            }
            return new Event(at, type, changed, polygon);
        }
    }

    /** The draft of a scenario that was read, to edit it. */
    public static ScenarioDraft of(Scenario scenario) {
        List<Event> events = new ArrayList<>();
        for (ScenarioEvent event : scenario.events()) {
            events.add(new Event(ScenarioTime.format(event.at()), event.type().key(), event.fields(), event.polygon()));
        }
        return new ScenarioDraft(
                scenario.id(),
                scenario.title(),
                scenario.description(),
                scenario.province(),
                scenario.start(),
                scenario.length(),
                scenario.seed(),
                events);
    }

    /** The same draft with other events. */
    public ScenarioDraft withEvents(List<Event> next) {
        return new ScenarioDraft(id, title, description, province, start, length, seed, next);
    }
}
