package org.iocconsole.sync.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an event of a scenario's timeline does; {@link #key()} is how the file names it. */
public enum ScenarioEventType {
    /** A citizen report comes in (Open311). */
    REPORT("report"),
    /** A report of this scenario changes status. */
    REPORT_UPDATE("report_update"),
    /** A figure of an indicator is published. */
    KPI("kpi"),
    /** A camera goes offline, into maintenance or back online. */
    CAMERA("camera"),
    /** An alert for the operators (a warning of the weather service, a call from the police). */
    ALERT("alert"),
    /** An alert of this scenario (one with a {@code ref}) is over. */
    ALERT_CLEARED("alert_cleared"),
    /** An area is affected: a flood, a closed road, a quarantine zone, a crowd. */
    AREA("area"),
    /** An area of this scenario is no longer affected. */
    AREA_CLEARED("area_cleared"),
    /** A message to the operators from the trainer or a partner agency. */
    MESSAGE("message");

    private final String key;

    ScenarioEventType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ScenarioEventType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ScenarioEventType::key).toList();
    }
}
