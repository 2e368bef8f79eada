package org.iocconsole.sync.scenario;

import java.util.Map;
import java.util.Set;
import org.iocconsole.sync.config.YamlMapping;

/** The checks of one event's values that need no province: allowed values, numbers and references to events above. */
final class EventChecks {
    private final Values values;
    private final YamlMapping entry;
    private final int index;
    private final int line;
    private final Map<String, Integer> reportRefs;
    private final Map<String, Integer> areaRefs;
    private final Map<String, Integer> alertRefs;

    EventChecks(
            Values values,
            YamlMapping entry,
            int index,
            int line,
            Map<String, Integer> reportRefs,
            Map<String, Integer> areaRefs,
            Map<String, Integer> alertRefs) {
        this.values = values;
        this.entry = entry;
        this.index = index;
        this.line = line;
        this.reportRefs = reportRefs;
        this.areaRefs = areaRefs;
        this.alertRefs = alertRefs;
    }

    void check(ScenarioEventType type, Map<String, String> fields) {
        switch (type) {
            case REPORT -> {
                defines(fields, "ref", reportRefs, "report");
                oneOf(fields, "priority", ScenarioFields.PRIORITIES);
                oneOf(fields, "channel", ScenarioFields.CHANNELS);
                oneOf(fields, "photo", Set.of("true", "false"));
                if (fields.containsKey("lat") != fields.containsKey("lon")) {
                    values.problem(entry, fields.containsKey("lat") ? "lat" : "lon", "give both lat and lon, or none");
                }
                range(fields, "lat", 90);
                range(fields, "lon", 180);
            }
            case REPORT_UPDATE -> {
                refersTo(fields, "report", reportRefs, "report");
                oneOf(fields, "status", ScenarioFields.REPORT_STATUSES);
            }
            case KPI -> {
                String value = fields.get("value");
                if (value != null) {
                    values.number(value, entry, "value");
                }
            }
            case CAMERA -> oneOf(fields, "status", ScenarioFields.CAMERA_STATUSES);
            case ALERT -> {
                defines(fields, "ref", alertRefs, "alert");
                oneOf(fields, "level", ScenarioFields.ALERT_LEVELS);
            }
            case ALERT_CLEARED -> refersTo(fields, "alert", alertRefs, "alert");
            case AREA -> {
                defines(fields, "ref", areaRefs, "area");
                oneOf(fields, "kind", ScenarioFields.AREA_KINDS);
            }
            case AREA_CLEARED -> refersTo(fields, "area", areaRefs, "area");
            case MESSAGE -> {
                // the loader has checked the required fields
            }
        }
    }

    private void oneOf(Map<String, String> fields, String key, Set<String> allowed) {
        String value = fields.get(key);
        if (value != null && !allowed.contains(value)) {
            values.problem(
                    entry,
                    key,
                    "\"" + value + "\" is not allowed (use "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
    }

    private void range(Map<String, String> fields, String key, double max) {
        String value = fields.get(key);
        if (value != null) {
            values.number(value, entry, key)
                    .filter(v -> Math.abs(v) > max)
                    .ifPresent(v -> values.problem(entry, key, "must be within -" + (int) max + ".." + (int) max));
        }
    }

    private void defines(Map<String, String> fields, String key, Map<String, Integer> refs, String what) {
        String ref = fields.get(key);
        if (ref == null) {
            return;
        }
        Integer earlier = refs.putIfAbsent(ref, line);
        if (earlier != null) {
            values.problem(entry, key, "the " + what + " \"" + ref + "\" is already defined on line " + earlier);
        }
    }

    private void refersTo(Map<String, String> fields, String key, Map<String, Integer> refs, String what) {
        String ref = fields.get(key);
        if (ref != null && !refs.containsKey(ref)) {
            values.problem(
                    entry,
                    key,
                    "no " + what + " \"" + ref + "\" is defined above this event (events[" + index + "]); define it "
                            + "with an earlier '" + what + "' event");
        }
    }
}
