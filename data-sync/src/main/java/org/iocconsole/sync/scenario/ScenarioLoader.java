package org.iocconsole.sync.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.ConfigText;
import org.iocconsole.sync.config.Problems;
import org.iocconsole.sync.config.YamlMapping;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates a scenario file as {@code docs/scenarios.md} describes it. Works on YAML nodes so that every
 * problem names the file, the line and the field, and reports all problems of a file at once in a
 * {@link ConfigException}. Checks what the file alone can tell (types, values, time order, references between its
 * own events); references to the province's cameras, communes and indicators are checked when a demo province loads
 * the scenario. Stateless and thread-safe.
 */
public final class ScenarioLoader {
    public static final int VERSION = 1;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
    private static final Duration MAX_LENGTH = Duration.ofDays(14);

    private ScenarioLoader() {}

    public static Scenario load(Path file) throws ConfigException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return parse(ConfigText.read(file, name), name);
    }

    /** Parses the text of a scenario; {@code fileName} is how messages name it. */
    public static Scenario parse(String text, String fileName) throws ConfigException {
        Problems problems = new Problems(fileName);
        YamlMapping map = YamlMapping.requiredRoot(text, problems);
        Values values = new Values(problems);
        map.requirePresent("version");
        values.text(map, "version").ifPresent(v -> {
            if (!String.valueOf(VERSION).equals(v)) {
                problems.add(map.peek("version").orElse(map.node()), "version", "must be " + VERSION + ", was " + v);
            }
        });
        map.requirePresent("id");
        String id = values.text(map, "id")
                .filter(v -> values.check(ID.matcher(v).matches(), map, "id", "use lower-case letters, digits, '-'"))
                .orElse("");
        Scenario.Texts title = values.texts(map, "title", true);
        Scenario.Texts description = values.texts(map, "description", false);
        map.requirePresent("province");
        String province = values.text(map, "province")
                .filter(v -> values.check(PROVINCE.matcher(v).matches(), map, "province", "is a two-digit code"))
                .orElse("");
        map.requirePresent("start");
        Instant start =
                values.text(map, "start").flatMap(v -> instant(v, map, values)).orElse(null);
        map.requirePresent("length");
        Duration length = values.text(map, "length")
                .flatMap(v -> values.offset(v, map, "length"))
                .filter(d -> values.check(
                        !d.isZero() && d.compareTo(MAX_LENGTH) <= 0,
                        map,
                        "length",
                        "must be above 0 and at most 14 days"))
                .orElse(null);
        map.requirePresent("seed");
        long seed = values.text(map, "seed")
                .flatMap(v -> values.longValue(v, map, "seed"))
                .orElse(0L);
        List<ScenarioEvent> events = new EventReader(values, length).read(map);
        map.rejectUnknown();
        problems.throwIfAny();
        return new Scenario(fileName, id, title, description, province, start, length, seed, events);
    }

    private static Optional<Instant> instant(String text, YamlMapping map, Values values) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            values.problem(map, "start", "\"" + text + "\" is not a time with offset (2026-09-14T06:00:00+07:00)");
            return Optional.empty();
        }
    }

    /** Reads the timeline: each event, its order and the references between events. */
    private static final class EventReader {
        private final Values values;
        private final Duration length;
        private final Map<String, Integer> reportRefs = new HashMap<>();
        private final Map<String, Integer> areaRefs = new HashMap<>();
        private final Map<String, Integer> alertRefs = new HashMap<>();

        EventReader(Values values, Duration length) {
            this.values = values;
            this.length = length;
        }

        List<ScenarioEvent> read(YamlMapping top) {
            List<ScenarioEvent> events = new ArrayList<>();
            Optional<Node> node = top.required("events");
            if (node.isEmpty()) {
                return events;
            }
            if (!(node.get() instanceof SequenceNode list)) {
                values.problems.add(node.get(), "events", "must be a list of events (each starting with '- at:')");
                return events;
            }
            ScenarioEvent previous = null;
            for (int i = 0; i < list.getValue().size(); i++) {
                Node item = list.getValue().get(i);
                Optional<YamlMapping> entry = YamlMapping.of(item, "events[" + i + "]", values.problems);
                if (entry.isEmpty()) {
                    continue;
                }
                ScenarioEvent event = event(entry.get(), i, Problems.lineOf(item));
                if (event == null) {
                    continue;
                }
                if (previous != null && event.at().compareTo(previous.at()) < 0) {
                    values.problem(
                            entry.get(),
                            "at",
                            ScenarioTime.format(event.at()) + " comes before the event above it ("
                                    + ScenarioTime.format(previous.at()) + " on line " + previous.line()
                                    + "): events must be in time order");
                }
                previous = event;
                events.add(event);
            }
            return events;
        }

        private ScenarioEvent event(YamlMapping entry, int index, int line) {
            entry.requirePresent("at");
            Optional<Duration> at = values.text(entry, "at").flatMap(v -> values.offset(v, entry, "at"));
            entry.requirePresent("type");
            Optional<ScenarioEventType> type = values.text(entry, "type").flatMap(v -> {
                Optional<ScenarioEventType> known = ScenarioEventType.of(v);
                if (known.isEmpty()) {
                    values.problem(
                            entry,
                            "type",
                            "unknown type \"" + v + "\" (known: " + String.join(", ", ScenarioEventType.keys()) + ")");
                }
                return known;
            });
            if (type.isEmpty()) {
                return null;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, Integer> fieldLines = new HashMap<>();
            List<double[]> polygon = List.of();
            for (ScenarioFields.Field field : ScenarioFields.FIELDS.get(type.get())) {
                if (field.bilingual()) {
                    Scenario.Texts texts = values.texts(entry, field.name(), field.required());
                    put(fields, field.name() + ".vi", texts.vi());
                    put(fields, field.name() + ".en", texts.en());
                } else if (field.name().equals("polygon")) {
                    polygon = values.polygon(entry);
                } else {
                    if (field.required()) {
                        entry.requirePresent(field.name());
                    }
                    values.text(entry, field.name()).ifPresent(v -> fields.put(field.name(), v));
                    entry.peek(field.name()).ifPresent(n -> fieldLines.put(field.name(), Problems.lineOf(n)));
                }
            }
            entry.rejectUnknown();
            at.filter(a -> length != null && a.compareTo(length) > 0)
                    .ifPresent(a -> values.problem(
                            entry,
                            "at",
                            ScenarioTime.format(a) + " is after the end of the scenario (length "
                                    + ScenarioTime.format(length) + ")"));
            new EventChecks(values, entry, index, line, reportRefs, areaRefs, alertRefs).check(type.get(), fields);
            List<double[]> outline = polygon;
            return at.map(a -> new ScenarioEvent(index, line, a, type.get(), fields, fieldLines, outline))
                    .orElse(null);
        }

        private static void put(Map<String, String> fields, String key, String value) {
            if (!value.isEmpty()) {
                fields.put(key, value);
            }
        }
    }
}
