package org.iocconsole.sync.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which fields each event type takes, and the values some of them allow; the one list the loader and docs follow. */
final class ScenarioFields {
    static final Set<String> PRIORITIES = Set.of("low", "normal", "high", "urgent");
    static final Set<String> CHANNELS = Set.of("hotline_1022", "app", "zalo", "web", "walk_in");
    static final Set<String> REPORT_STATUSES =
            Set.of("classified", "assigned", "in_progress", "resolved", "closed", "rejected");
    static final Set<String> CAMERA_STATUSES = Set.of("online", "offline", "maintenance");
    static final Set<String> ALERT_LEVELS = Set.of("info", "warning", "critical");
    static final Set<String> AREA_KINDS =
            Set.of("flood", "landslide", "closure", "quarantine", "crowd", "fire", "other");

    /** A field of an event: its name, whether it must be given, and whether it is a {vi, en} block. */
    record Field(String name, boolean required, boolean bilingual) {
        static Field req(String name) {
            return new Field(name, true, false);
        }

        static Field opt(String name) {
            return new Field(name, false, false);
        }

        static Field texts(String name, boolean required) {
            return new Field(name, required, true);
        }
    }

    static final Map<ScenarioEventType, List<Field>> FIELDS = Map.of(
            ScenarioEventType.REPORT,
            List.of(
                    Field.req("ref"),
                    Field.req("service"),
                    Field.req("commune"),
                    Field.req("description"),
                    Field.opt("address"),
                    Field.opt("lat"),
                    Field.opt("lon"),
                    Field.opt("priority"),
                    Field.opt("channel"),
                    Field.opt("photo")),
            ScenarioEventType.REPORT_UPDATE,
            List.of(Field.req("report"), Field.req("status"), Field.opt("note"), Field.opt("agency")),
            ScenarioEventType.KPI,
            List.of(Field.req("indicator"), Field.opt("unit"), Field.opt("period"), Field.req("value")),
            ScenarioEventType.CAMERA,
            List.of(Field.req("camera"), Field.req("status")),
            ScenarioEventType.ALERT,
            List.of(
                    Field.req("level"),
                    Field.texts("title", true),
                    Field.texts("text", false),
                    Field.opt("commune"),
                    Field.opt("ref")),
            ScenarioEventType.ALERT_CLEARED,
            List.of(Field.req("alert")),
            ScenarioEventType.AREA,
            List.of(Field.req("ref"), Field.req("kind"), Field.texts("name", true), Field.req("polygon")),
            ScenarioEventType.AREA_CLEARED,
            List.of(Field.req("area")),
            ScenarioEventType.MESSAGE,
            List.of(Field.req("from"), Field.texts("text", true)));

    private ScenarioFields() {}
}
