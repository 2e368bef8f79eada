package org.iocconsole.sync.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One event of a scenario's timeline. The fields are those {@code docs/scenarios.md} lists for its type, as text
 * (bilingual ones as {@code title.vi} and {@code title.en}); an area's outline is in {@link #polygon()}. The line and
 * index let later checks (unknown camera, unknown commune) point at the event in the file.
 *
 * @param index the position in the timeline, from 0
 * @param line the 1-based line of the event in its file
 * @param at the offset from the scenario's start
 * @param fieldLines the 1-based line of each field's value
 * @param polygon an area's outline as {@code [lon, lat]} pairs, empty for other types
 */
public record ScenarioEvent(
        int index,
        int line,
        Duration at,
        ScenarioEventType type,
        Map<String, String> fields,
        Map<String, Integer> fieldLines,
        List<double[]> polygon) {

    public ScenarioEvent {
        fields = Map.copyOf(fields);
        fieldLines = Map.copyOf(fieldLines);
        polygon = List.copyOf(polygon);
    }

    /** The line of a field's value, or of the event when the field is absent. */
    public int lineOf(String name) {
        return fieldLines.getOrDefault(name, line);
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** A field the loader made sure is present. */
    public String required(String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException(path(name) + " is missing");
        }
        return value;
    }

    /** How messages name a field of this event: {@code events[3].camera}. */
    public String path(String name) {
        return "events[" + index + "]." + name;
    }

    /** The bilingual field {@code name} ({@code title}, {@code text}). */
    public Scenario.Texts texts(String name) {
        return new Scenario.Texts(fields.get(name + ".vi"), fields.get(name + ".en"));
    }
}
