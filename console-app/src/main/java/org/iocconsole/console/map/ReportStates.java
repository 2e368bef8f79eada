package org.iocconsole.console.map;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import org.iocconsole.sync.cache.ReportLocation;

/**
 * The state a report shows on the map, from its workflow status and deadline against the clock: overdue wins over
 * everything open. The order is the legend's and the order clusters count their mix in. Thread-safe.
 */
final class ReportStates {
    static final String OVERDUE = "overdue";
    static final String NEW = "new";
    static final String IN_PROGRESS = "in-progress";
    static final String DONE = "done";

    static final List<String> ORDER = List.of(OVERDUE, NEW, IN_PROGRESS, DONE);

    private static final Set<String> STARTED = Set.of("assigned", "in_progress");

    private ReportStates() {}

    static String of(ReportLocation report, Instant now) {
        if (!report.open()) {
            return DONE;
        }
        if (report.overdueAt(now)) {
            return OVERDUE;
        }
        return STARTED.contains(report.workflowStatus()) ? IN_PROGRESS : NEW;
    }

    /** The colours of the states: red for overdue, blue for new, amber in progress, green done. */
    static Map<String, Color> colors() {
        Map<String, Color> colors = new LinkedHashMap<>();
        colors.put(OVERDUE, Color.web("#e03131"));
        colors.put(NEW, Color.web("#1c7ed6"));
        colors.put(IN_PROGRESS, Color.web("#f59f00"));
        colors.put(DONE, Color.web("#2f9e44"));
        return colors;
    }
}
