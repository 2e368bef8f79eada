package org.iocconsole.sync.scenario;

import org.iocconsole.sync.cache.NoticeAlerts;

/**
 * The ids a scenario's notices get in the demo province's {@code notices} feed, and so the ids of the alerts they
 * raise in a drill's cache; the after-action report finds the operators' acknowledgements by them. Stateless.
 */
public final class ScenarioNotices {
    private ScenarioNotices() {}

    /** {@code alert-3}: the notice of an alert event, named by its place in the timeline. */
    public static String alertId(ScenarioEvent event) {
        return "alert-" + event.index();
    }

    /** The id of the alert the event raises in the drill's cache. */
    public static String cacheAlertId(ScenarioEvent event) {
        return NoticeAlerts.alertId(alertId(event));
    }
}
